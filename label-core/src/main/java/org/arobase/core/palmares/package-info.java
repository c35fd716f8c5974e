/**
 * The <em>palmarès</em> of a millésime ({@link org.arobase.core.palmares.Palmares},
 * {@link org.arobase.core.palmares.PalmaresEntry}), built from rated dossiers or imported from a published
 * list whose names are resolved in the official geography, and its <em>chiffres clés</em>
 * ({@link org.arobase.core.palmares.KeyFigures}); see docs/PALMARES.md.
 */
package org.arobase.core.palmares;
