package org.arobase.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExplainTest {

  @Test
  void percentagesHaveOneDecimalAndAFrenchComma() {
    assertEquals("0,0 %", Explain.percent(0));
    assertEquals("6,6 %", Explain.percent(0.06597));
    assertEquals("12,5 %", Explain.percent(0.125));
    assertEquals("100,0 %", Explain.percent(1));
    assertEquals("-3,0 %", Explain.percent(-0.03));
  }

  @Test
  void numbersHaveFrenchThousandsSeparators() {
    assertEquals("0", Explain.number(0));
    assertEquals("700", Explain.number(700));
    assertEquals("3 500", Explain.number(3500));
    assertEquals("222 000", Explain.number(222_000));
    assertEquals("1 234 567", Explain.number(1_234_567));
    assertEquals("-3 500", Explain.number(-3500));
  }
}
