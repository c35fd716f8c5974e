/**
 * JSON format v1 of arobase (docs/FORMAT.md): {@link org.arobase.json.LabelJson} reads and
 * writes dossiers, decisions, violations and the matrix, strictly and safely, and exports
 * GeoJSON and CSV; {@link org.arobase.json.LabelModule} brings the same format to any Jackson
 * {@code ObjectMapper}. The JSON Schemas ship as resources under {@code org/arobase/json/schema/}.
 */
package org.arobase.json;
