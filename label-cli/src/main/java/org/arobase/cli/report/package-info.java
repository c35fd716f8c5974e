/**
 * Self-contained HTML pages for people ({@link org.arobase.cli.report.DecisionReport}): the decision on one
 * <em>dossier</em>, drawn as the label's <em>panneau</em> and <em>mosaïque</em>, with
 * {@link org.arobase.cli.report.Html#escape Html.escape} for the text they show.
 */
package org.arobase.cli.report;
