package org.arobase.core.jury;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.arobase.core.Distinction;
import org.arobase.core.Edition;
import org.arobase.core.Identifiers;
import org.arobase.core.Mention;
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
   * @return every problem, in document order
   */
  public static ValidationReport validate(JuryRecord record) {
    List<Violation> out = new ArrayList<>();
    Optional<Edition> edition = Edition.find(record.edition());
    if (edition.isEmpty()) {
      out.add(Violation.error("/edition", ViolationCodes.EDITION_UNKNOWN,
          "millésime " + record.edition() + " is not known; known: "
              + Edition.known().stream().map(Edition::year).toList()));
    }
    String code = record.collectivity().code();
    if (code == null || !(Identifiers.isInseeCode(code) || Identifiers.isSiren(code))) {
      out.add(Violation.error("/collectivity/code", ViolationCodes.CODE_MALFORMED,
          "« " + code + " » is neither an INSEE commune code nor a SIREN"));
    }
    if (record.collectivity().name() == null || record.collectivity().name().isBlank()) {
      out.add(Violation.error("/collectivity/name", ViolationCodes.NAME_BLANK, "the collectivité has no name"));
    }
    record.engine().ifPresent(p -> checkResult("/engine", p.arobases(), p.mentions(), p.distinctions(),
        record.edition(), edition, out));
    checkBinome(record.jurors(), out);
    record.proposal().ifPresent(p -> checkResult("/binome/proposal", p.arobases(), p.mentions(), p.distinctions(),
        record.edition(), edition, out));
    Award award = record.award();
    checkResult("/award", award.arobases(), award.mentions(), award.distinctions(), record.edition(), edition, out);
    checkJustification(record, out);
    return ValidationReport.of(out);
  }

  /**
   * Checks a batch of records: each one alone, and that no collectivité has two records for
   * the same millésime.
   *
   * @param records the records
   * @return one report per record, in the same order
   */
  public static List<ValidationReport> validateAll(List<JuryRecord> records) {
    List<ValidationReport> reports = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      JuryRecord r = records.get(i);
      ValidationReport report = validate(r);
      Integer first = seen.putIfAbsent(r.edition() + "/" + r.collectivity().code(), i);
      if (first != null) {
        report = report.plus(ValidationReport.of(List.of(Violation.error("/collectivity/code",
            JuryCodes.RECORD_DUPLICATE, "record " + first + " is already about " + r.collectivity().code()
                + " for " + r.edition()))));
      }
      reports.add(report);
    }
    return reports;
  }

  private static void checkBinome(List<String> jurors, List<Violation> out) {
    boolean blank = jurors.stream().anyMatch(id -> id == null || id.isBlank());
    if (jurors.size() != 2 || blank || jurors.get(0).equals(jurors.get(1))) {
      out.add(Violation.error("/binome/jurors", JuryCodes.BINOME_MALFORMED,
          "a binôme is two distinct jurors; got " + jurors));
    }
  }

  private static void checkResult(String at, int arobases, List<String> mentions, List<Distinction> distinctions,
      int year, Optional<Edition> edition, List<Violation> out) {
    if (arobases < 1 || arobases > 5) {
      out.add(Violation.error(at + "/arobases", JuryCodes.AROBASES_OUT_OF_RANGE,
          arobases + " @ is outside 1..5"));
    }
    distinct(mentions, at + "/mentions", JuryCodes.MENTION_DUPLICATE, out, (m, pointer) -> {
      if (edition.isPresent() && edition.get().mention(m).isEmpty()) {
        out.add(Violation.error(pointer, JuryCodes.MENTION_UNKNOWN, "the millésime " + year
            + " has no mention « " + m + " »; its catalogue: "
            + edition.get().mentions().stream().map(Mention::code).toList()));
      }
    });
    distinct(distinctions, at + "/distinctions", JuryCodes.DISTINCTION_DUPLICATE, out, (d, pointer) -> {
      if (d == Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE && year < EXCELLENCE_FIRST_YEAR) {
        out.add(Violation.error(pointer, JuryCodes.DISTINCTION_NOT_ALLOWED, "« " + d.label()
            + " » exists from the " + EXCELLENCE_FIRST_YEAR + " label on, not in " + year));
      } else if (d == Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE && arobases < 5) {
        out.add(Violation.error(pointer, JuryCodes.DISTINCTION_NOT_ALLOWED, "« " + d.label()
            + " » goes to a collectivité labelled 5@, not " + arobases + "@"));
      }
    });
  }

  /** Reports the values given twice, and checks each first occurrence with {@code check} (value, pointer). */
  private static <T> void distinct(List<T> values, String at, String duplicate, List<Violation> out,
      BiConsumer<T, String> check) {
    Set<T> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      String pointer = at + Violation.pointerOf(i);
      if (seen.add(value)) {
        check.accept(value, pointer);
      } else {
        out.add(Violation.error(pointer, duplicate, "« " + value + " » is given twice"));
      }
    }
  }

  private static void checkJustification(JuryRecord record, List<Violation> out) {
    if (record.engine().isEmpty() || !record.award().justification().isBlank()) {
      return;
    }
    Proposal engine = record.engine().get();
    int difference = record.award().arobases() - engine.arobases();
    if (Math.abs(difference) > UNJUSTIFIED_DEPARTURE) {
      out.add(Violation.error("/award/justification", JuryCodes.JUSTIFICATION_MISSING,
          "the award (" + record.award().arobases() + "@) departs from the engine (" + engine.arobases()
              + "@) by " + Math.abs(difference) + " @: say why"));
    } else if (!record.award().matches(engine)) {
      out.add(Violation.warning("/award/justification", JuryCodes.JUSTIFICATION_ADVISED,
          "the award departs from the engine's proposal; a justification helps the collectivité understand it"));
    }
  }
}
