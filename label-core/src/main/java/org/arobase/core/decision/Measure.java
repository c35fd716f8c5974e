package org.arobase.core.decision;

import java.util.List;
import java.util.Objects;

/**
 * One quantity a rule compared, as values rather than words, for the tools that read decisions:
 * the collectivité's value, how it was compared and the threshold.
 *
 * <p>The values are a {@link Double} for a fraction (0 to 1) or a decimal number, a {@link Long}
 * for a count, a {@link Boolean}, a {@link String} for a code or an ISO date, or a list of codes;
 * {@code actual} is {@code null} when nothing was measured (a staff not declared).
 *
 * @param name what was measured, e.g. {@code score}, {@code coveredEnjeux}, {@code population}
 * @param unit how to read the values
 * @param actual the collectivité's value, or {@code null}
 * @param comparison how {@code actual} is compared with {@code expected}
 * @param expected the threshold
 */
public record Measure(String name, Unit unit, Object actual, Comparison comparison, Object expected) {

  /** How to read the values of a measure. */
  public enum Unit {
    /** A share from 0 to 1 ({@link Double}), such as the mosaïque's score. */
    FRACTION,
    /** A whole number ({@link Long}): enjeux, axes, initiatives, inhabitants, labels, arobases. */
    COUNT,
    /** A decimal number ({@link Double}), such as full-time equivalent agents. */
    NUMBER,
    /** Yes or no ({@link Boolean}). */
    BOOLEAN,
    /** A code ({@link String}), such as a kind of collectivité or an eligibility verdict. */
    CODE,
    /** A list of codes ({@code List<String>}), such as enjeux. */
    CODES,
    /** An ISO date ({@link String}, {@code 2026-03-31}). */
    DATE
  }

  /** How the collectivité's value is compared with the threshold. */
  public enum Comparison {
    /** actual ≥ expected */
    AT_LEAST,
    /** actual ≤ expected */
    AT_MOST,
    /** actual &gt; expected */
    GREATER_THAN,
    /** actual = expected */
    EQUAL,
    /** actual is one of the codes of expected */
    ONE_OF,
    /** actual holds every code of expected */
    ALL_OF
  }

  /** Checks that the parts are present and that the values are of the unit's type. */
  public Measure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(expected, "expected");
    if (actual instanceof List<?> l) {
      actual = List.copyOf(l);
    }
    if (expected instanceof List<?> l) {
      expected = List.copyOf(l);
    }
  }

  /**
   * @param name what was measured
   * @param actual 0 to 1
   * @param comparison how it is compared
   * @param expected 0 to 1
   * @return a fraction
   */
  public static Measure fraction(String name, double actual, Comparison comparison, double expected) {
    return new Measure(name, Unit.FRACTION, actual, comparison, expected);
  }

  /**
   * @param name what was counted
   * @param actual the count
   * @param comparison how it is compared
   * @param expected the threshold
   * @return a count
   */
  public static Measure count(String name, long actual, Comparison comparison, long expected) {
    return new Measure(name, Unit.COUNT, actual, comparison, expected);
  }

  /**
   * @param name what holds or not
   * @param actual whether it holds
   * @param expected what is required
   * @return a yes or no, compared for equality
   */
  public static Measure flag(String name, boolean actual, boolean expected) {
    return new Measure(name, Unit.BOOLEAN, actual, Comparison.EQUAL, expected);
  }
}
