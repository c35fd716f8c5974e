/** Self-contained HTML pages for people: the decision of one dossier, drawn as the label's panneau and mosaïque. */
package org.arobase.cli.report;
