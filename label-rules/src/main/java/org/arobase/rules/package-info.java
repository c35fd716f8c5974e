/**
 * The rating engine: {@link org.arobase.rules.LabelEngine} compiles the rules of a millésime
 * once and proposes, for each valid dossier, the arobases, the mentions and the distinctions with
 * every reason (docs/METHOD.md). Its compilation and session plumbing is package-private; the
 * facts that rule files use are the documented SPI of {@link org.arobase.rules.facts}.
 */
package org.arobase.rules;
