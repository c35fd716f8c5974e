package org.arobase.core.jury;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.arobase.core.Distinction;
import org.arobase.core.Edition;
import org.arobase.core.Identifiers;
import org.arobase.core.Mention;
import org.arobase.core.internal.Messages;
import org.arobase.core.validation.ValidationReport;
import org.arobase.core.validation.Violation;
import org.arobase.core.validation.ViolationCodes;

/**
 * Checks jury records, reporting every problem at once as {@link Violation}s whose pointers
 * follow the record's JSON shape ({@code /award/mentions/1}) and whose codes are listed in
 * {@link JuryCodes}. A record is valid when it has no error.
 */
public final class JuryRecords {

  /** The first millésime of « Territoire d'excellence numérique ». */
  static final int EXCELLENCE_FIRST_YEAR = 2021;
  /** How far (in @) the award may depart from the engine without a justification. */
  static final int UNJUSTIFIED_DEPARTURE = 1;

  private JuryRecords() {}

  /**
   * @param record a record
   * @return every problem, in document order, with French messages
   */
  public static ValidationReport validate(JuryRecord record) {
    return validate(record, Locale.FRENCH);
  }

  /**
   * @param record a record
   * @param locale the language of the messages: {@link Locale#ENGLISH} for English, French for
   *     anything else and for {@code null}
   * @return every problem, in document order
   */
  public static ValidationReport validate(JuryRecord record, Locale locale) {
    return validate(record, messages(locale));
  }

  private static ValidationReport validate(JuryRecord record, Messages m) {
    List<Violation> out = new ArrayList<>();
    Optional<Edition> edition = Edition.find(record.edition());
    if (edition.isEmpty()) {
      out.add(Violation.error("/edition", ViolationCodes.EDITION_UNKNOWN, m.get("edition.unknown",
          String.valueOf(record.edition()),
          Edition.known().stream().map(e -> String.valueOf(e.year())).collect(Collectors.joining(", ")))));
    }
    String code = record.collectivity().code();
    if (code == null || !(Identifiers.isInseeCode(code) || Identifiers.isSiren(code))) {
      out.add(Violation.error("/collectivity/code", ViolationCodes.CODE_MALFORMED,
          m.get("code.malformed", quote(code, m))));
    }
    if (record.collectivity().name() == null || record.collectivity().name().isBlank()) {
      out.add(Violation.error("/collectivity/name", ViolationCodes.NAME_BLANK, m.get("name.blank")));
    }
    record.engine().ifPresent(p -> checkResult("/engine", p.arobases(), p.mentions(), p.distinctions(),
        record.edition(), edition, m, out));
    checkBinome(record.jurors(), m, out);
    record.proposal().ifPresent(p -> checkResult("/binome/proposal", p.arobases(), p.mentions(), p.distinctions(),
        record.edition(), edition, m, out));
    Award award = record.award();
    checkResult("/award", award.arobases(), award.mentions(), award.distinctions(), record.edition(), edition, m, out);
    checkJustification(record, m, out);
    return ValidationReport.of(out);
  }

  static Messages messages(Locale locale) {
    return Messages.of(JuryRecords.class, "messages", locale);
  }

  /** @return the value between « », with the non-breaking spaces of French, or {@code null} */
  static String quote(String value, Messages m) {
    if (value == null) {
      return "null";
    }
    String space = m.locale().getLanguage().equals("en") ? " " : String.valueOf(Messages.NBSP);
    return "«" + space + value + space + "»";
  }

  /**
   * Checks a batch of records: each one alone, and that no collectivité has two records for
   * the same millésime.
   *
   * @param records the records
   * @return one report per record, in the same order, with French messages
   */
  public static List<ValidationReport> validateAll(List<JuryRecord> records) {
    return validateAll(records, Locale.FRENCH);
  }

  /**
   * Checks a batch of records, as {@link #validateAll(List)}, with the messages in a language.
   *
   * @param records the records
   * @param locale {@link Locale#ENGLISH} for English, French for anything else and for {@code null}
   * @return one report per record, in the same order
   */
  public static List<ValidationReport> validateAll(List<JuryRecord> records, Locale locale) {
    Messages m = messages(locale);
    List<ValidationReport> reports = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      JuryRecord r = records.get(i);
      ValidationReport report = validate(r, m);
      Integer first = seen.putIfAbsent(r.edition() + "/" + r.collectivity().code(), i);
      if (first != null) {
        report = report.plus(ValidationReport.of(List.of(Violation.error("/collectivity/code",
            JuryCodes.RECORD_DUPLICATE, m.get("record.duplicate", first, r.collectivity().code(),
                String.valueOf(r.edition()))))));
      }
      reports.add(report);
    }
    return reports;
  }

  private static void checkBinome(List<String> jurors, Messages m, List<Violation> out) {
    boolean blank = jurors.stream().anyMatch(id -> id == null || id.isBlank());
    if (jurors.size() != 2 || blank || jurors.get(0).equals(jurors.get(1))) {
      out.add(Violation.error("/binome/jurors", JuryCodes.BINOME_MALFORMED,
          m.get("binome.malformed", jurors)));
    }
  }

  private static void checkResult(String at, int arobases, List<String> mentions, List<Distinction> distinctions,
      int year, Optional<Edition> edition, Messages m, List<Violation> out) {
    if (arobases < 1 || arobases > 5) {
      out.add(Violation.error(at + "/arobases", JuryCodes.AROBASES_OUT_OF_RANGE,
          m.get("arobases.outOfRange", arobases)));
    }
    distinct(mentions, at + "/mentions", JuryCodes.MENTION_DUPLICATE, m, out, (mention, pointer) -> {
      if (edition.isPresent() && edition.get().mention(mention).isEmpty()) {
        out.add(Violation.error(pointer, JuryCodes.MENTION_UNKNOWN, m.get("mention.unknown", String.valueOf(year),
            mention, edition.get().mentions().stream().map(Mention::code).collect(Collectors.joining(", ")))));
      }
    });
    distinct(distinctions, at + "/distinctions", JuryCodes.DISTINCTION_DUPLICATE, m, out, (d, pointer) -> {
      if (d == Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE && year < EXCELLENCE_FIRST_YEAR) {
        out.add(Violation.error(pointer, JuryCodes.DISTINCTION_NOT_ALLOWED, m.get("distinction.tooEarly", d.label(),
            String.valueOf(EXCELLENCE_FIRST_YEAR), String.valueOf(year))));
      } else if (d == Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE && arobases < 5) {
        out.add(Violation.error(pointer, JuryCodes.DISTINCTION_NOT_ALLOWED, m.get("distinction.notFive", d.label(),
            arobases)));
      }
    });
  }

  /** Reports the values given twice, and checks each first occurrence with {@code check} (value, pointer). */
  private static <T> void distinct(List<T> values, String at, String duplicate, Messages m, List<Violation> out,
      BiConsumer<T, String> check) {
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      String pointer = at + Violation.pointerOf(i);
      if (seen.add(value)) {
        check.accept(value, pointer);
      } else {
        out.add(Violation.error(pointer, duplicate, m.get("value.twice", value)));
      }
    }
  }

  private static void checkJustification(JuryRecord record, Messages m, List<Violation> out) {
    if (record.engine().isEmpty() || !record.award().justification().isBlank()) {
      return;
    }
    Proposal engine = record.engine().get();
    int difference = record.award().arobases() - engine.arobases();
    if (Math.abs(difference) > UNJUSTIFIED_DEPARTURE) {
      out.add(Violation.error("/award/justification", JuryCodes.JUSTIFICATION_MISSING,
          m.get("justification.missing", record.award().arobases(), engine.arobases(), Math.abs(difference))));
    } else if (!record.award().matches(engine)) {
      out.add(Violation.warning("/award/justification", JuryCodes.JUSTIFICATION_ADVISED,
          m.get("justification.advised")));
    }
  }
}
