/**
 * The JSON format of the jury's files: the jurors file (input of {@code arobase jury plan})
 * and jury records ({@code arobase/jury-record@1}). {@link org.arobase.json.jury.JuryJson} reads
 * them strictly, reporting every problem at once with its JSON pointer, and writes them.
 * Their JSON Schemas ship as resources next to this package and in {@code docs/schemas/}.
 */
package org.arobase.json.jury;
