package org.arobase.core.decision;

import java.util.List;
import java.util.Objects;

/**
 * Why the rating decided something: the rule that looked, whether its criterion held, the
 * values it compared, as words and as {@link Measure}s, and a sentence.
 *
 * <p>The words are in the language the engine was built with, French unless told otherwise; the
 * measures are the same in every language.
 *
 * @param rule a stable rule id, e.g. {@code LEVEL.4.MIN_ENJEUX} or {@code MENTION.TRANSITION_ECOLOGIQUE}
 * @param outcome whether the criterion holds
 * @param actual the collectivité's value in words, e.g. {@code 9 enjeux}; empty when nothing was measured
 * @param expected the threshold in words, e.g. {@code ≥ 10 enjeux}; empty when nothing was compared
 * @param message the explanation
 * @param measures the values compared, e.g. {@code coveredEnjeux 9 AT_LEAST 10}; empty for a reason
 *     given in words only
 */
public record Reason(String rule, Outcome outcome, String actual, String expected, String message,
    List<Measure> measures) {

  /** Checks that every part is present. */
  public Reason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(message, "message");
    measures = List.copyOf(measures);
  }

  /**
   * A reason in words only, without measures.
   *
   * @param rule the rule's id
   * @param outcome whether the criterion holds
   * @param actual the collectivité's value; empty when nothing was measured
   * @param expected the threshold; empty when nothing was compared
   * @param message the explanation
   */
  public Reason(String rule, Outcome outcome, String actual, String expected, String message) {
    this(rule, outcome, actual, expected, message, List.of());
  }

  /**
   * @param rule the rule's id
   * @param outcome whether the criterion holds
   * @param actual the collectivité's value; empty when nothing was measured
   * @param expected the threshold; empty when nothing was compared
   * @param message the explanation
   */
  public Reason(RuleId rule, Outcome outcome, String actual, String expected, String message) {
    this(rule.value(), outcome, actual, expected, message, List.of());
  }

  /**
   * @param rule the rule's id
   * @param outcome whether the criterion holds
   * @param actual the collectivité's value in words
   * @param expected the threshold in words
   * @param message the explanation
   * @param measures the values compared
   */
  public Reason(RuleId rule, Outcome outcome, String actual, String expected, String message, List<Measure> measures) {
    this(rule.value(), outcome, actual, expected, message, measures);
  }

  /** @return whether the criterion holds */
  public boolean met() {
    return outcome == Outcome.MET;
  }

  /** @return the rule's id, with its concern and level */
  public RuleId ruleId() {
    return RuleId.of(rule);
  }
}
