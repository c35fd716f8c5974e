package org.arobase.core.internal;

import java.util.Locale;

/**
 * How arobase writes numbers and percentages in French: a decimal comma, digits grouped by
 * three, and a space before {@code %}. Every space is an ordinary space (U+0020), as in the
 * outputs published so far.
 */
public final class French {
  private French() {}

  /**
   * @param n a whole number
   * @return the number with a space between groups of three digits: {@code 4 816 456},
   *     {@code -1 000}
   */
  public static String number(long n) {
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

  /**
   * The percentage of the rules' messages.
   *
   * @param fraction 0 to 1
   * @return the percentage with one decimal, rounded half up: {@code 23,4 %} for 0.2345
   */
  public static String percent(double fraction) {
    // By hand: String.format was the costliest step of a rating.
    long tenths = Math.round(fraction * 1000);
    String sign = tenths < 0 ? "-" : "";
    tenths = Math.abs(tenths);
    return sign + (tenths / 10) + "," + (tenths % 10) + " %";
  }

  /**
   * The percentage of the decision report's scores.
   *
   * @param fraction 0 to 1
   * @return the whole percentage, rounded half up: {@code 23 %} for 0.234
   */
  public static String wholePercent(double fraction) {
    return Math.round(fraction * 100) + " %";
  }

  /**
   * A change, such as the growth of the key figures.
   *
   * @param percent a percentage (16.0 for 16 %), not a fraction
   * @return the percentage with one decimal and a {@code +} when positive: {@code +16,0 %},
   *     {@code -3,5 %}, {@code 0,0 %}
   */
  public static String signedPercent(double percent) {
    return (percent > 0 ? "+" : "") + String.format(Locale.ROOT, "%.1f", percent).replace('.', ',') + " %";
  }
}
