package org.arobase.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.arobase.core.Distinction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleIdTest {

  @ParameterizedTest
  @CsvSource({
    "ELIGIBILITY.arbres, ELIGIBILITY, 0",
    "ELIGIBILITY.LEVEL.4.X, ELIGIBILITY, 0",
    "LEVEL.4.MIN_SCORE, LEVEL, 4",
    "LEVEL.1.FLOOR, LEVEL, 1",
    "LEVEL.5.REQUIRED_ENJEUX, LEVEL, 5",
    "LEVEL.CAP, LEVEL, 0",
    "LEVEL.7.MIN_SCORE, LEVEL, 0",
    "LEVEL.RESULT, LEVEL, 0",
    "LEVEL, OTHER, 0",
    "OBLIGATION.OPEN_DATA, OBLIGATION, 0",
    "MENTION.TRANSITION_ECOLOGIQUE, MENTION, 0",
    "DISTINCTION.TERRITOIRE_EXCELLENCE_NUMERIQUE, DISTINCTION, 0",
    "USER.CYBERSECURITE, OTHER, 0",
    "LEVELS.4.X, OTHER, 0",
  })
  void anIdIsReadIntoItsConcernAndLevel(String value, RuleId.Concern concern, int level) {
    RuleId id = RuleId.of(value);
    assertEquals(concern, id.concern());
    assertEquals(level, id.level());
    assertEquals(value, id.toString());
  }

  @org.junit.jupiter.api.Test
  void theFactoriesWriteTheIdsOfTheBundledRules() {
    assertEquals("LEVEL.4.MIN_SCORE", RuleId.level(4, "MIN_SCORE").value());
    assertEquals("ELIGIBILITY.a", RuleId.eligibility("a").value());
    assertEquals("OBLIGATION.OPEN_DATA", RuleId.obligation("OPEN_DATA").value());
    assertEquals("MENTION.DEMOCRATIE_LOCALE", RuleId.mention("DEMOCRATIE_LOCALE").value());
    assertEquals("DISTINCTION.TERRITOIRE_EXCELLENCE_NUMERIQUE",
        RuleId.distinction(Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE).value());
    assertEquals(RuleId.of("LEVEL.1.FLOOR"), RuleId.LEVEL_FLOOR);
    assertThrows(IllegalArgumentException.class, () -> RuleId.of(" "));
  }

  @org.junit.jupiter.api.Test
  void aReasonKnowsItsRule() {
    Reason r = new Reason(RuleId.level(3, "MIN_AXES"), Outcome.MET, "3", "≥ 3", "ok");
    assertEquals("LEVEL.3.MIN_AXES", r.rule());
    assertEquals(3, r.ruleId().level());
  }
}
