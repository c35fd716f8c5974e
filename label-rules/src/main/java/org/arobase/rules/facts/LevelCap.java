package org.arobase.rules.facts;

import org.arobase.core.decision.RuleId;

/**
 * A ceiling on the level (fact inserted by the obligation rules).
 *
 * @param cap the highest level allowed
 * @param rule the rule id that caps, e.g. {@code OBLIGATION.OPEN_DATA}
 */
public record LevelCap(int cap, String rule) {

  /**
   * @param obligation a legal obligation that applies and is not declared met
   * @return its ceiling, rule {@code OBLIGATION.<code>}
   */
  public static LevelCap of(ObligationParameter obligation) {
    return new LevelCap(obligation.cap(), RuleId.obligation(obligation.code()).value());
  }
}
