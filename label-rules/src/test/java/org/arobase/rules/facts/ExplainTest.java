package org.arobase.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import org.arobase.core.decision.Measure;
import org.arobase.core.decision.Measure.Comparison;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;
import org.arobase.core.internal.Messages;
import org.junit.jupiter.api.Test;

class ExplainTest {

  private static final String NBSP = "\u00a0";
  private final Explain fr = Explain.FRENCH;
  private final Explain en = Explain.in(Locale.UK);

  @Test
  void percentagesHaveOneDecimalAndAFrenchNonBreakingSpace() {
    assertEquals("0,0" + NBSP + "%", fr.percent(0));
    assertEquals("6,6" + NBSP + "%", fr.percent(0.06597));
    assertEquals("100,0" + NBSP + "%", fr.percent(1));
    assertEquals("-3,0" + NBSP + "%", fr.percent(-0.03));
    assertEquals("12.5%", en.percent(0.125));
  }

  @Test
  void theValuesComparedAreWordedFromTheirMeasures() {
    List<Measure> one = List.of(Measure.count("coveredEnjeux", 1, Comparison.AT_LEAST, 10));
    assertEquals("1 enjeu", fr.actual(one));
    assertEquals("≥" + NBSP + "10 enjeux", fr.expected(one));
    List<Measure> mention = List.of(Measure.count("initiatives", 1, Comparison.AT_LEAST, 2),
        Measure.fraction("score", 0.095, Comparison.AT_LEAST, 0.1));
    assertEquals("1 initiative, 9,5" + NBSP + "%", fr.actual(mention));
    assertEquals("1 initiative, 9.5%", en.actual(mention));
    assertEquals("≥" + NBSP + "2 initiatives, ≥" + NBSP + "10.0%", en.expected(mention));
    Measure staff = new Measure("agents", Measure.Unit.NUMBER, null, Comparison.AT_LEAST, 50.0);
    assertEquals("effectif non déclaré", fr.actual(List.of(staff)));
    assertEquals("12,5 agents", fr.value(staff, 12.5));
    Measure date = new Measure("referenceDate", Measure.Unit.DATE, "2026-03-01", Comparison.AT_LEAST, "2027-01-01");
    assertEquals("1er" + NBSP + "mars 2026", fr.actual(List.of(date)));
    assertEquals("≥" + NBSP + "1 January 2027", en.expected(List.of(date)));
    assertEquals("3" + NBSP + "500 habitants",
        fr.actual(List.of(Measure.count("population", 3500, Comparison.GREATER_THAN, 3500))));
  }

  @Test
  void aReasonCarriesItsMeasuresAndItsSentence() {
    Reason floor = en.floor();
    assertEquals(RuleId.LEVEL_FLOOR.value(), floor.rule());
    assertEquals("takes part", floor.actual());
    assertEquals(List.of(Measure.flag("participates", true, true)), floor.measures());
    assertEquals(Explain.FRENCH.floor().measures(), floor.measures());
  }

  @Test
  void everyFrenchSentenceHasItsEnglishTwin() {
    assertEquals(Messages.of(Explain.class, "messages", Locale.FRENCH).keys(),
        Messages.of(Explain.class, "messages", Locale.ENGLISH).keys());
    assertSame(Explain.FRENCH, Explain.in(Locale.GERMAN));
    assertSame(Explain.FRENCH, Explain.in(null));
  }
}
