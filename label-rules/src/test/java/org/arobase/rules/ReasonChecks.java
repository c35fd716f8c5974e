package org.arobase.rules;

import org.arobase.core.decision.Decision;

/** Checks on the reasons of a decision shared by the scenario and property tests. */
final class ReasonChecks {
  private ReasonChecks() {}

  /** @return whether the proposed level is explained: the floor at 1@, every criterion of the level met above */
  static boolean levelExplained(Decision d) {
    if (d.arobases() == 1) {
      return d.reasons().stream().anyMatch(r -> r.rule().equals("LEVEL.1.FLOOR") && r.met());
    }
    String prefix = "LEVEL." + d.arobases() + ".";
    return d.reasons().stream().anyMatch(r -> r.rule().startsWith(prefix))
        && d.reasons().stream().filter(r -> r.rule().startsWith(prefix)).allMatch(r -> r.met());
  }
}
