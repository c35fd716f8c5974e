package org.arobase.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * {@link French} writes exactly what the formatters it replaces wrote, copied here as they
 * were: on 100,000 random values of several shapes and on the edge cases, for each format.
 */
class FrenchTest {

  private static final int RANDOM_VALUES = 100_000;

  // The formatters French replaces, as they were.

  /** label-cli's org.arobase.cli.palmares.French#number. */
  static String oldPalmaresNumber(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        sb.append(' ');
      }
      sb.append(digits.charAt(i));
    }
    return (n < 0 ? "-" : "") + sb;
  }

  /** label-cli's org.arobase.cli.palmares.French#percent. */
  static String oldPalmaresPercent(double percent) {
    return (percent > 0 ? "+" : "") + String.format(java.util.Locale.ROOT, "%.1f", percent).replace('.', ',') + " %";
  }

  /** label-report's report, the population. */
  static String oldReportPopulation(int population) {
    return String.format(Locale.FRENCH, "%,d", population).replace('\u202f', ' ');
  }

  /** label-report's report, the percentages. */
  static String oldReportPercent(double score) {
    return Math.round(score * 100) + " %";
  }

  /** label-rules' Explain#percent. */
  static String oldExplainPercent(double fraction) {
    long tenths = Math.round(fraction * 1000);
    String sign = tenths < 0 ? "-" : "";
    tenths = Math.abs(tenths);
    return sign + (tenths / 10) + "," + (tenths % 10) + " %";
  }

  @Test
  void examples() {
    assertEquals("4 816 456", French.number(4_816_456));
    assertEquals("-1 000", French.number(-1_000));
    assertEquals("999", French.number(999));
    assertEquals("23,4 %", French.percent(0.234));
    assertEquals("-5,0 %", French.percent(-0.05));
    assertEquals("100,0 %", French.percent(1));
    assertEquals("23 %", French.wholePercent(0.234));
    assertEquals("+16,0 %", French.signedPercent(16.0));
    assertEquals("-3,5 %", French.signedPercent(-3.5));
    assertEquals("0,0 %", French.signedPercent(0));
  }

  @Test
  void numbersAreWrittenAsBefore() {
    for (long n : longs(new Random(1))) {
      assertEquals(oldPalmaresNumber(n), French.number(n), () -> "number(" + n + ")");
    }
  }

  @Test
  void populationsAreWrittenAsTheReportWroteThem() {
    Random random = new Random(2);
    List<Integer> values = new ArrayList<>(List.of(0, 1, -1, 999, 1_000, -1_000, 9_999, 10_000, 100_000, 999_999,
        1_000_000, 4_816_456, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1));
    for (int i = 0; i < RANDOM_VALUES; i++) {
      values.add(i % 3 == 0 ? random.nextInt() : i % 3 == 1 ? random.nextInt(3_000_000) : random.nextInt(10_000));
    }
    for (int n : values) {
      assertEquals(oldReportPopulation(n), French.number(n), () -> "population " + n);
    }
  }

  @Test
  void percentagesOfTheRulesAreWrittenAsBefore() {
    check("percent", French::percent, FrenchTest::oldExplainPercent, 3);
  }

  @Test
  void wholePercentagesOfTheReportAreWrittenAsBefore() {
    check("wholePercent", French::wholePercent, FrenchTest::oldReportPercent, 4);
  }

  @Test
  void signedPercentagesOfTheKeyFiguresAreWrittenAsBefore() {
    check("signedPercent", French::signedPercent, FrenchTest::oldPalmaresPercent, 5);
  }

  private static void check(String name, DoubleFunction<String> mine, DoubleFunction<String> old, long seed) {
    for (double x : doubles(new Random(seed))) {
      assertEquals(old.apply(x), mine.apply(x), () -> name + "(" + x + ")");
    }
  }

  /** Edge cases, then random values of several shapes: fractions, percentages, halves, any bits. */
  static List<Double> doubles(Random random) {
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.05, -0.05, 0.005, -0.005,
        0.0005, -0.0005, 0.00049999999999999, 0.15, 0.25, 0.35, 0.45, 0.55, 0.95, 0.995, 0.9995, 16.0, -3.5, 2.25,
        -2.25, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 99.95, -99.95, 1e-300, -1e-300, 1e15, -1e15, 1e16, 9.2e15, 9.3e15, 1e18,
        9.2e18, -9.2e18, 1e300, -1e300, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        Double.MAX_VALUE, -Double.MAX_VALUE, (double) Long.MAX_VALUE, (double) Long.MIN_VALUE,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    for (int k = -2_000; k <= 2_000; k++) {
      // every tenth of a percent, every half tenth (the rounding boundaries), and their neighbours
      for (double x : new double[] {k / 1000.0, (k + 0.5) / 1000.0, k / 200.0, (k + 0.5) / 10.0, k * 0.05}) {
        values.add(x);
        values.add(Math.nextUp(x));
        values.add(Math.nextDown(x));
      }
    }
    for (int i = 0; i < RANDOM_VALUES; i++) {
      values.add(switch (i % 6) {
        case 0 -> random.nextDouble();
        case 1 -> random.nextDouble() * 4 - 2;
        case 2 -> random.nextDouble() * 400 - 200;
        case 3 -> Math.round(random.nextDouble() * 20_000 - 10_000) / 20.0;
        case 4 -> random.nextInt(1_000) / 1000.0 + (random.nextBoolean() ? 0.0005 : -0.0005);
        default -> Double.longBitsToDouble(random.nextLong());
      });
    }
    return values;
  }

  static List<Long> longs(Random random) {
    List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 12L, 123L, 999L, 1_000L, -1_000L, 12_345L, 123_456L,
        999_999L, 1_000_000L, -1_000_000L, 4_816_456L, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
    for (long p = 1, i = 0; i < 19; i++, p *= 10) {
      values.add(p);
      values.add(p - 1);
      values.add(-p);
      values.add(1 - p);
    }
    for (int i = 0; i < RANDOM_VALUES; i++) {
      values.add(switch (i % 3) {
        case 0 -> random.nextLong();
        case 1 -> (long) random.nextInt();
        default -> (long) random.nextInt(100_000) - 50_000;
      });
    }
    return values;
  }
}
