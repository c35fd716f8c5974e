package org.arobase.rules.facts;

import java.util.List;
import org.arobase.core.Category;
import org.arobase.core.decision.Outcome;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;
import org.arobase.core.internal.French;

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
   * @param rule the rule id
   * @param met whether the criterion holds
   * @param actual the measured value
   * @param expected the threshold
   * @param message the French sentence
   * @return the reason
   */
  public static Reason reason(RuleId rule, boolean met, String actual, String expected, String message) {
    return new Reason(rule, outcome(met), actual, expected, message);
  }

  /**
   * @param rule the rule id
   * @param actual the collectivité's value
   * @param expected what would make the criterion apply
   * @param message the French sentence that says why it does not apply
   * @return the reason of a criterion that does not apply to the dossier ({@link Outcome#NOT_APPLICABLE})
   */
  public static Reason notApplicable(RuleId rule, String actual, String expected, String message) {
    return new Reason(rule, Outcome.NOT_APPLICABLE, actual, expected, message);
  }

  /** @return the reason of the floor, {@code LEVEL.1.FLOOR}: every participant gets at least 1@ */
  public static Reason floor() {
    return reason(RuleId.LEVEL_FLOOR, true, "participe", "participe",
        "Toute collectivité participante reçoit au moins 1@ (au moins une initiative compte).");
  }

  /**
   * @param fraction 0 to 1
   * @return a French percentage with one decimal, e.g. {@code 23,4 %}
   */
  public static String percent(double fraction) {
    return French.percent(fraction);
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
   * @param verdict an initiative's eligibility
   * @return {@code ELIGIBLE}, or the name of the reason it is ignored
   */
  public static String eligibility(org.arobase.core.eligibility.EligibilityVerdict verdict) {
    return verdict.reason().map(Enum::name).orElse("ELIGIBLE");
  }

  /**
   * @param mosaic the mosaïque
   * @param required enjeu codes
   * @return those with no covered service, in the given order
   */
  public static List<String> uncovered(org.arobase.core.decision.Mosaic mosaic, List<String> required) {
    List<String> missing = new java.util.ArrayList<>();
    for (String code : required) {
      if (mosaic.enjeu(code).map(e -> !e.covered()).orElse(true)) {
        missing.add(code);
      }
    }
    return missing;
  }

  /**
   * @param mosaic the mosaïque
   * @param enjeu an enjeu code
   * @return its score, 0 when the mosaïque has no such enjeu
   */
  public static double score(org.arobase.core.decision.Mosaic mosaic, String enjeu) {
    return mosaic.enjeu(enjeu).map(org.arobase.core.decision.EnjeuScore::score).orElse(0.0);
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
    return French.number(n);
  }
}
