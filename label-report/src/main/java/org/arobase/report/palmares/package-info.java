/**
 * The <em>palmarès</em> as a self-contained HTML page ({@link org.arobase.report.palmares.PalmaresPage}):
 * a map of France by <em>département</em>, the distribution by arobases, the <em>collectivités</em> per
 * region and a table per region, in French or English, for the command line ({@code arobase palmares
 * --format html}) and for other tools alike.
 *
 * <p>The page comes from the jte templates of {@code src/main/jte/palmares}, compiled to Java when arobase
 * is built; every text of the palmarès is escaped for HTML by the templates. Its wording is in
 * {@code messages_fr.properties} and {@code messages_en.properties} in this package, its style sheet in
 * {@code palmares.css}, the map's contours in {@code departements.tsv} (docs/PALMARES.md, « Map »).
 */
package org.arobase.report.palmares;
