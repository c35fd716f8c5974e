/**
 * The self-contained HTML report of one dossier's decision ({@link org.arobase.report.DecisionReport}):
 * the label's <em>panneau</em> and <em>mosaïque</em>, the reasons, the ignored initiatives and what is
 * missing for the next level, for the command line ({@code arobase report}) and for partner tools alike.
 *
 * <p>Depends on label-core only. The pages come from jte templates ({@code src/main/jte}) compiled to
 * Java when arobase is built, so only {@code gg.jte:jte-runtime} is needed at run time; every text of the
 * dossier is escaped for HTML by the templates.
 */
package org.arobase.report;
