package org.arobase.core.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.Distinction;
import org.arobase.core.decision.RatedCollectivity;
import org.arobase.core.validation.ValidationReport;
import org.arobase.core.validation.Violation;
import org.junit.jupiter.api.Test;

class JuryRecordsTest {

  static final RatedCollectivity AYEN = new RatedCollectivity("19015", "Ayen", Category.VILLAGE);

  static JuryRecord record(int edition, int engine, Award award) {
    return new JuryRecord(edition, AYEN, Optional.of(Proposal.of(engine, List.of(), List.of())),
        List.of("eveno", "vidal"), Optional.of(Proposal.of(award.arobases(), List.of(), List.of())), award);
  }

  static List<String> codes(ValidationReport report) {
    return report.violations().stream().map(v -> v.code() + " " + v.pointer()).toList();
  }

  @Test
  void aRecordThatFollowsTheEngineIsValid() {
    ValidationReport report = JuryRecords.validate(record(2022, 4, Award.of(4, "")));
    assertTrue(report.violations().isEmpty(), report::toString);
  }

  @Test
  void awardOutsideTheScaleIsAnError() {
    assertEquals(List.of("AROBASES_OUT_OF_RANGE /binome/proposal/arobases", "AROBASES_OUT_OF_RANGE /award/arobases"),
        codes(JuryRecords.validate(record(2022, 5, Award.of(6, "Au-delà de l'échelle")))));
  }

  @Test
  void mentionsComeFromTheMillesimesCatalogue() {
    Award award = new Award(4, List.of("DEMOCRATIE_LOCALE", "NUMERIQUE_RESPONSABLE", "DEMOCRATIE_LOCALE"), List.of(),
        "Mentions");
    assertEquals(List.of("MENTION_UNKNOWN /award/mentions/1", "MENTION_DUPLICATE /award/mentions/2"),
        codes(JuryRecords.validate(record(2022, 4, award))));
  }

  @Test
  void excellenceIsNotGrantedBefore2021NorBelow5() {
    Award early = new Award(5, List.of(), List.of(Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE), "Continuité");
    assertEquals(List.of("DISTINCTION_NOT_ALLOWED /award/distinctions/0"),
        codes(JuryRecords.validate(record(2020, 5, early))));
    Award low = new Award(4, List.of(), List.of(Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE), "Continuité");
    assertEquals(List.of("DISTINCTION_NOT_ALLOWED /award/distinctions/0"),
        codes(JuryRecords.validate(record(2022, 4, low))));
    Award fine = new Award(5, List.of(), List.of(Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE), "Six labels 5@");
    assertTrue(JuryRecords.validate(record(2022, 5, fine)).isValid());
  }

  @Test
  void aDepartureOfTwoArobasesNeedsAJustification() {
    assertEquals(List.of("JUSTIFICATION_MISSING /award/justification"),
        codes(JuryRecords.validate(record(2022, 2, Award.of(4, " ")))));
    assertTrue(JuryRecords.validate(record(2022, 2, Award.of(4, "Actions remarquables vues sur le site"))).isValid());
    ValidationReport oneAway = JuryRecords.validate(record(2022, 3, Award.of(4, "")));
    assertTrue(oneAway.isValid());
    assertEquals(List.of("JUSTIFICATION_ADVISED /award/justification"), codes(oneAway));
  }

  @Test
  void identityAndBinomeAreChecked() {
    JuryRecord bad = new JuryRecord(1999, new RatedCollectivity("1901", " ", Category.VILLE), Optional.empty(),
        List.of("eveno", "eveno"), Optional.empty(), Award.of(3, ""));
    assertEquals(List.of("EDITION_UNKNOWN /edition", "CODE_MALFORMED /collectivity/code", "NAME_BLANK /collectivity/name",
        "BINOME_MALFORMED /binome/jurors"), codes(JuryRecords.validate(bad)));
  }

  @Test
  void aSecondRecordOnTheSameDossierIsAnError() {
    List<ValidationReport> reports = JuryRecords.validateAll(List.of(
        record(2022, 4, Award.of(4, "")), record(2022, 4, Award.of(4, ""))));
    assertTrue(reports.get(0).isValid());
    assertEquals(List.of("RECORD_DUPLICATE /collectivity/code"),
        reports.get(1).violations().stream().map(v -> v.code() + " " + v.pointer()).toList());
    assertTrue(reports.get(1).violations().stream().map(Violation::message).allMatch(m -> m.contains("le relevé 0")));
    assertTrue(JuryRecords.validateAll(List.of(record(2022, 4, Award.of(4, "")), record(2022, 4, Award.of(4, ""))),
        java.util.Locale.ENGLISH).get(1).violations().stream().map(Violation::message)
        .allMatch(m -> m.contains("record 0")));
  }

  @Test
  void differenceIsAwardMinusEngine() {
    assertEquals(Optional.of(-2), record(2022, 5, Award.of(3, "Site inaccessible")).difference());
    assertThrows(NullPointerException.class, () -> new JuryRecord(2022, AYEN, null, null, null, null));
  }
}
