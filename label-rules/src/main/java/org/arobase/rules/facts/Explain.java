package org.arobase.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.arobase.core.Category;
import org.arobase.core.decision.Measure;
import org.arobase.core.decision.Outcome;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;
import org.arobase.core.internal.Messages;

/**
 * The wording of the rules' reasons in one language, so that every message reads the same way:
 * the sentences come from {@code messages_fr.properties} or {@code messages_en.properties} beside
 * this class, the values compared from their {@link Measure}s. A rating gets the engine's
 * language from {@link RatingContext#explain()}. Thread-safe.
 */
public final class Explain {

  /** The French wording, the default. */
  public static final Explain FRENCH = new Explain(Locale.FRENCH);
  private static final Explain ENGLISH = new Explain(Locale.ENGLISH);

  private final Messages messages;

  private Explain(Locale locale) {
    this.messages = Messages.of(Explain.class, "messages", locale);
  }

  /**
   * @param locale a language
   * @return the English wording for English, the French one for any other language
   */
  public static Explain in(Locale locale) {
    return Messages.supported(locale).equals(Locale.ENGLISH) ? ENGLISH : FRENCH;
  }

  /** @return the language of the wording */
  public Locale locale() {
    return messages.locale();
  }

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
   * @param measures the values compared, which give the reason's {@code actual} and {@code expected}
   * @param key the key of the sentence
   * @param args its arguments
   * @return the reason
   */
  public Reason reason(RuleId rule, boolean met, List<Measure> measures, String key, Object... args) {
    return reason(rule, outcome(met), measures, key, args);
  }

  /**
   * @param rule the rule id
   * @param measures the values that make the criterion not apply
   * @param key the key of the sentence that says why it does not apply
   * @param args its arguments
   * @return the reason of a criterion that does not apply to the dossier ({@link Outcome#NOT_APPLICABLE})
   */
  public Reason notApplicable(RuleId rule, List<Measure> measures, String key, Object... args) {
    return reason(rule, Outcome.NOT_APPLICABLE, measures, key, args);
  }

  /**
   * @param rule the rule id
   * @param met whether the criterion holds
   * @param measures the values compared
   * @param message the sentence, already in this wording's language
   * @return the reason
   */
  public Reason worded(RuleId rule, boolean met, List<Measure> measures, String message) {
    return new Reason(rule, outcome(met), actual(measures), expected(measures), message, measures);
  }

  private Reason reason(RuleId rule, Outcome outcome, List<Measure> measures, String key, Object... args) {
    return new Reason(rule, outcome, actual(measures), expected(measures), text(key, args), measures);
  }

  /** @return the reason of the floor, {@code LEVEL.1.FLOOR}: every participant gets at least 1@ */
  public Reason floor() {
    return reason(RuleId.LEVEL_FLOOR, true, List.of(Measure.flag("participates", true, true)), "floor");
  }

  /**
   * @param key a key of the wording
   * @param args its arguments: whole numbers get their digit groups, dates are written in words
   * @return the text
   */
  public String text(String key, Object... args) {
    return messages.get(key, args);
  }

  /**
   * @param fraction 0 to 1
   * @return a percentage with one decimal, e.g. {@code 23,4 %}
   */
  public String percent(double fraction) {
    return messages.percent(fraction);
  }

  /**
   * @param category a category
   * @return its name with an article, e.g. « un village »
   */
  public String category(Category category) {
    return text("category." + category.name());
  }

  /**
   * @param codes enjeu codes
   * @return them joined with commas, or « aucun »
   */
  public String codes(List<String> codes) {
    return codes.isEmpty() ? text("none") : String.join(", ", codes);
  }

  /** @return the collectivité's values of the measures in words, joined with commas */
  String actual(List<Measure> measures) {
    List<String> words = new ArrayList<>(measures.size());
    for (Measure m : measures) {
      words.add(value(m, m.actual()));
    }
    return String.join(", ", words);
  }

  /** @return the thresholds of the measures in words, joined with commas */
  String expected(List<Measure> measures) {
    List<String> words = new ArrayList<>(measures.size());
    for (Measure m : measures) {
      words.add(text("comparison." + m.comparison().name(), value(m, m.expected())));
    }
    return String.join(", ", words);
  }

  /** @return a value of a measure in words, from its key {@code measure.<name>} */
  String value(Measure m, Object value) {
    String key = "measure." + m.name();
    if (value == null) {
      return text(key + ".none");
    }
    return switch (m.unit()) {
      case FRACTION -> text(key, percent((Double) value));
      case COUNT -> text(key, value);
      case NUMBER -> text(key, decimal((Double) value));
      case BOOLEAN -> text(key + "." + value);
      // A code, or the codes it may be one of (ONE_OF).
      case CODE -> value instanceof List<?> codes
          ? String.join(", ", codesOf(codes).stream().map(c -> text(key + "." + c)).toList())
          : text(key + "." + value);
      case CODES -> text(key, codes(codesOf(value)));
      case DATE -> text(key, LocalDate.parse((String) value));
    };
  }

  private static List<String> codesOf(Object value) {
    List<String> codes = new ArrayList<>();
    for (Object o : (List<?>) value) {
      codes.add((String) o);
    }
    return codes;
  }

  /** @return a decimal number with at most one decimal: {@code 12}, {@code 12,5}, {@code 12.5} */
  private String decimal(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return messages.number((long) x);
    }
    long tenths = Math.round(Math.abs(x) * 10);
    char comma = locale().equals(Locale.ENGLISH) ? '.' : ',';
    return (x < 0 ? "-" : "") + messages.number(tenths / 10) + comma + (tenths % 10);
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
    List<String> missing = new ArrayList<>();
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
}
