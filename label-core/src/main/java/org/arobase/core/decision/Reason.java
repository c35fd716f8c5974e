package org.arobase.core.decision;

import java.util.Objects;

/**
 * Why the rating decided something: the rule that looked, whether its criterion held, the
 * values it compared and a French sentence.
 *
 * @param rule a stable rule id, e.g. {@code LEVEL.4.MIN_ENJEUX} or {@code MENTION.TRANSITION_ECOLOGIQUE}
 * @param outcome whether the criterion holds
 * @param actual the collectivité's value, e.g. {@code 9}; empty when nothing was measured
 * @param expected the threshold it was compared with, e.g. {@code ≥ 10}; empty when nothing was compared
 * @param message a French explanation
 */
public record Reason(String rule, Outcome outcome, String actual, String expected, String message) {

  /** Checks that every part is present. */
  public Reason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(message, "message");
  }

  /**
   * @param rule the rule's id
   * @param outcome whether the criterion holds
   * @param actual the collectivité's value; empty when nothing was measured
   * @param expected the threshold; empty when nothing was compared
   * @param message a French explanation
   */
  public Reason(RuleId rule, Outcome outcome, String actual, String expected, String message) {
    this(rule.value(), outcome, actual, expected, message);
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
