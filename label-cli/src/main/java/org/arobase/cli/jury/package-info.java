/**
 * Rendering of the jury's work for the command line: {@code arobase jury plan} (the plan of
 * the binômes, as text or as the JSON of DESIGN §9) and {@code arobase jury report} (how far
 * the jury departed from the engine, as text or JSON).
 */
package org.arobase.cli.jury;
