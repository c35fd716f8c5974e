package org.arobase.rules.facts;

import java.util.Collection;
import java.util.List;
import org.arobase.core.decision.Measure;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;

/**
 * The level proposed (fact inserted by the level rules).
 *
 * @param arobases the level, 1 to 5
 * @param reached the highest level whose criteria hold, before caps
 * @param cap the lowest ceiling of a missing obligation, 5 when none
 */
public record LevelDecision(int arobases, int reached, int cap) {

  /**
   * @param reached the levels whose criteria hold
   * @param caps the ceilings
   * @return the highest level reached (at least 1), under the lowest ceiling
   */
  public static LevelDecision of(Collection<?> reached, Collection<LevelCap> caps) {
    int high = 1;
    for (Object level : reached) {
      high = Math.max(high, ((Number) level).intValue());
    }
    int cap = 5;
    for (LevelCap c : caps) {
      cap = Math.min(cap, c.cap());
    }
    return new LevelDecision(Math.max(1, Math.min(high, cap)), high, cap);
  }

  /**
   * @param caps the caps of the dossier
   * @return the rule ids of the caps below the level reached, sorted
   */
  public List<String> capRules(Collection<?> caps) {
    List<String> rules = new java.util.ArrayList<>();
    for (Object c : caps) {
      if (((LevelCap) c).cap() < reached) {
        rules.add(((LevelCap) c).rule());
      }
    }
    java.util.Collections.sort(rules);
    return rules;
  }

  /** @return whether a ceiling lowered the level */
  public boolean capped() {
    return cap < reached;
  }

  /**
   * @param caps the caps of the dossier
   * @param x the wording
   * @return the reason {@code LEVEL.CAP}: the level reached, its ceiling and the obligations that set it
   */
  public Reason capReason(Collection<?> caps, Explain x) {
    return x.reason(RuleId.LEVEL_CAP, false, List.of(Measure.count("arobases", reached, Measure.Comparison.AT_MOST, cap)),
        "level.cap", reached, cap, String.join(", ", capRules(caps)));
  }
}
