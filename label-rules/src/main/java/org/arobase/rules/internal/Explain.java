package org.arobase.rules.internal;

import java.util.List;
import java.util.Locale;
import org.arobase.core.Category;
import org.arobase.core.Outcome;
import org.arobase.core.Reason;

/** French wording shared by the rules, so that every message reads the same way. */
public final class Explain {
  private Explain() {}

  /**
   * @param met whether the criterion holds
   * @return the outcome
   */
  public static Outcome outcome(boolean met) {
    return met ? Outcome.MET : Outcome.MISSED;
  }

  /**
   * @param rule the rule id
   * @param met whether the criterion holds
   * @param actual the measured value
   * @param expected the threshold
   * @param message the French sentence
   * @return the reason
   */
  public static Reason reason(String rule, boolean met, String actual, String expected, String message) {
    return new Reason(rule, outcome(met), actual, expected, message);
  }

  /**
   * @param fraction 0 to 1
   * @return a French percentage with one decimal, e.g. {@code 23,4 %}
   */
  public static String percent(double fraction) {
    return String.format(Locale.FRENCH, "%.1f %%", fraction * 100);
  }

  /**
   * @param category a category
   * @return its French name with an article, e.g. « un village »
   */
  public static String category(Category category) {
    return switch (category) {
      case VILLAGE -> "un village";
      case VILLE -> "une ville";
      case TERRITOIRE -> "un territoire";
    };
  }

  /**
   * @param codes enjeu codes
   * @return them joined with commas, or « aucun »
   */
  public static String codes(List<String> codes) {
    return codes.isEmpty() ? "aucun" : String.join(", ", codes);
  }

  /**
   * @param n an integer
   * @return it with French thousands separators, e.g. {@code 3 500}
   */
  public static String number(long n) {
    return String.format(Locale.FRENCH, "%,d", n).replace('\u202f', ' ').replace('\u00a0', ' ');
  }
}
