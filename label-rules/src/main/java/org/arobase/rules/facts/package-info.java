/**
 * <strong>Beta.</strong> The facts and helpers that rule files match on and insert: the SPI of
 * rule authors, documented in docs/METHOD.md §12. It may still change between minor versions; the
 * CHANGELOG says when it does.
 *
 * <p>The engine inserts one {@link org.arobase.rules.facts.RatingContext} per dossier (the
 * millésime, the category, the collectivité's size, staff, declared obligations, history and
 * initiatives) and the millésime's parameters ({@link org.arobase.rules.facts.LevelParameter},
 * {@link org.arobase.rules.facts.ObligationParameter}, {@link org.arobase.rules.facts.MentionParameter},
 * {@link org.arobase.rules.facts.DistinctionParameter}). The bundled rules then insert, pass by
 * pass, {@link org.arobase.rules.facts.EligibilityVerdicts}, {@link org.arobase.rules.facts.CoverageIndex}
 * and the {@link org.arobase.core.decision.Mosaic}, {@link org.arobase.rules.facts.ObligationVerdict}
 * and {@link org.arobase.rules.facts.LevelCap}, {@link org.arobase.rules.facts.LevelCriterion},
 * {@link org.arobase.rules.facts.LevelReached} and {@link org.arobase.rules.facts.LevelDecision},
 * {@link org.arobase.rules.facts.MentionVerdict} and {@link org.arobase.rules.facts.DistinctionVerdict}.
 * A verdict carries its {@link org.arobase.core.decision.Reason} ({@link org.arobase.rules.facts.Explained});
 * a rule file of one's own may also insert a {@code Reason} on its own. The named functions
 * ({@code LevelCriterion.minScore}, {@code ObligationVerdict.judge}, {@code MentionVerdict.judge}, …)
 * hold the bundled rules' actions, so that each rule file reads as conditions; {@link
 * org.arobase.rules.facts.Explain} has the French wording they share.
 */
package org.arobase.rules.facts;
