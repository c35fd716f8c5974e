package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.arobase.core.decision.Decision;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;
import org.arobase.testing.DossierGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every level has the reasons that decided it: its own criteria met, the floor, or the ceiling. */
class LevelReasonsTest {

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022})
  void theLevelsReasonsAreThoseOfTheLevelProposed(int year) {
    DossierGenerator generator = DossierGenerator.forEdition(year);
    for (long seed = 0; seed < 300; seed++) {
      Decision d = Engines.of(year).evaluate(generator.dossier(seed));
      assertFalse(d.levelReasons().isEmpty(), "seed " + seed);
      boolean capped = false;
      for (Reason r : d.levelReasons()) {
        RuleId id = r.ruleId();
        assertTrue(id.concern() == RuleId.Concern.LEVEL, r.rule());
        if (id.equals(RuleId.LEVEL_CAP)) {
          capped = true;
        } else {
          assertTrue(id.level() == d.arobases() && r.met(), "seed " + seed + ": " + r);
        }
      }
      if (!capped && d.arobases() > 1) {
        assertTrue(d.levelReasons().size() >= 3, "seed " + seed + ": the criteria of " + d.arobases() + "@");
      }
    }
  }
}
