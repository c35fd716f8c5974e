/**
 * The <em>palmarès</em> and the <em>chiffres clés</em> for people and tools: text, CSV, JSON and a
 * self-contained HTML page (drawn by label-report's {@code PalmaresPage}), chosen with
 * {@link org.arobase.cli.palmares.PalmaresFormat} or {@link org.arobase.cli.palmares.FiguresFormat};
 * formats in docs/PALMARES.md.
 */
package org.arobase.cli.palmares;
