/**
 * The rating of the label: {@link org.arobase.rules.LabelEngine} proposes, for a valid dossier,
 * the arobases, the mentions and the distinctions of a millésime with every reason, by the
 * reference method of docs/METHOD.md. Rules are DRL files, thresholds are parameters per
 * millésime; no rule-engine type appears in this API.
 */
package org.arobase.rules;
