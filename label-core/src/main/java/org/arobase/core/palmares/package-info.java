/**
 * The <em>palmarès</em> of a millésime ({@link org.arobase.core.palmares.Palmares},
 * {@link org.arobase.core.palmares.PalmaresEntry}), built from rated dossiers or imported from a published
 * list (« Marnay (70) », with a <em>département</em> or a code column) whose rows are identified in the
 * official geography, never guessed, and its <em>chiffres clés</em>
 * ({@link org.arobase.core.palmares.KeyFigures}); see docs/PALMARES.md.
 */
package org.arobase.core.palmares;
