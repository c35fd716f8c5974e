package org.arobase.core.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.Distinction;
import org.arobase.core.Edition;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.Mosaic;
import org.arobase.core.decision.Provenance;
import org.arobase.core.decision.RatedCollectivity;
import org.junit.jupiter.api.Test;

class DeparturesAndAwardsTest {

  static Decision decision(String code, Category category, int arobases, Mention... mentions) {
    return Decision.builder()
        .edition(2022)
        .collectivity(new RatedCollectivity(code, "Commune " + code, category))
        .arobases(arobases)
        .addMentions(mentions)
        .mosaic(new Mosaic(0.5, List.of(), List.of()))
        .provenance(new Provenance("2022", "reference", "0", "2022", "test", Decision.FORMAT))
        .build();
  }

  static JuryRecord record(Decision decision, Award award) {
    return JuryRecord.of(decision, new Binome(Juror.of("eveno", "Emmanuel Eveno"), Juror.of("vidal", "Mathieu Vidal")),
        Proposal.of(award.arobases(), award.mentions(), award.distinctions()), award);
  }

  @Test
  void departuresAreCountedOverallByLevelAndByCategory() {
    Decision ayen = decision("19015", Category.VILLAGE, 3);
    Decision martigues = decision("13056", Category.VILLE, 4);
    Decision noisy = decision("93051", Category.VILLE, 4);
    Decision vexin = decision("200072312", Category.TERRITOIRE, 2);
    List<JuryRecord> records = List.of(
        record(ayen, Award.of(4, "Arbres remarquables géolocalisés")),
        record(martigues, Award.of(4, "")),
        record(noisy, Award.of(2, "Site inaccessible le jour du jury")),
        record(vexin, new Award(2, List.of("DEMOCRATIE_LOCALE"), List.of(), "Budget participatif")));
    DepartureReport report = DepartureReport.of(records);
    assertEquals(new Departures(4, 2, 1, 1, -0.25, 0.75), report.overall());
    assertEquals(0.5, report.overall().agreementShare());
    assertEquals(List.of(2, 3, 4), List.copyOf(report.byLevel().keySet()));
    assertEquals(new Departures(2, 1, 0, 1, -1.0, 1.0), report.byLevel().get(4));
    assertEquals(new Departures(1, 0, 1, 0, 1.0, 1.0), report.byCategory().get(Category.VILLAGE));
    assertEquals(Map.of(-2, 1, 1, 1), report.differences());
    assertEquals(1, report.mentionsChanged());
    assertEquals(0, report.distinctionsChanged());
    assertTrue(report.uncompared().isEmpty());
  }

  @Test
  void decisionsGivenAlongsideTakePrecedenceOverTheRecordsCopy() {
    Decision ayen = decision("19015", Category.VILLAGE, 3);
    JuryRecord record = record(ayen, Award.of(4, ""));
    DepartureReport report = DepartureReport.of(List.of(record), List.of(decision("19015", Category.VILLAGE, 4)));
    assertEquals(1, report.overall().agreements());
  }

  @Test
  void recordsWithoutEngineAreListedApart() {
    JuryRecord bare = new JuryRecord(2022, new RatedCollectivity("19015", "Ayen", Category.VILLAGE), Optional.empty(),
        List.of("a", "b"), Optional.empty(), Award.of(4, ""));
    DepartureReport report = DepartureReport.of(List.of(bare));
    assertEquals(List.of("19015"), report.uncompared());
    assertEquals(0, report.overall().count());
    assertEquals(0.0, report.overall().meanDifference());
  }

  @Test
  void theAwardTakesPrecedenceOverTheEngine() {
    Mention education = Edition.of(2022).mention("NUMERIQUE_EDUCATIF").orElseThrow();
    Decision ayen = decision("19015", Category.VILLAGE, 3, education);
    EffectiveResult engine = Awards.effective(ayen, Optional.empty());
    assertFalse(engine.awarded());
    assertEquals(3, engine.arobases());
    assertEquals(List.of(education), engine.mentions());

    Award award = new Award(5, List.of("TRANSITION_ECOLOGIQUE", "DEMOCRATIE_LOCALE"),
        List.of(Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE), "Six labels 5@");
    EffectiveResult jury = Awards.effective(ayen, Optional.of(record(ayen, award)));
    assertTrue(jury.awarded());
    assertEquals(5, jury.arobases());
    assertEquals(List.of("DEMOCRATIE_LOCALE", "TRANSITION_ECOLOGIQUE"),
        jury.mentions().stream().map(Mention::code).toList(), "catalogue order");
    assertEquals(List.of(Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE), jury.distinctions());
    assertEquals(Optional.of("Six labels 5@"), jury.justification());
  }

  @Test
  void recordsAreMatchedToDecisionsByCollectivityAndMillesime() {
    Decision ayen = decision("19015", Category.VILLAGE, 3);
    Decision martigues = decision("13056", Category.VILLE, 4);
    List<EffectiveResult> results = Awards.effective(List.of(ayen, martigues), List.of(record(martigues, Award.of(5, ""))));
    assertEquals(List.of(3, 5), results.stream().map(EffectiveResult::arobases).toList());
    assertEquals(List.of(false, true), results.stream().map(EffectiveResult::awarded).toList());
    assertThrows(IllegalArgumentException.class,
        () -> Awards.effective(ayen, Optional.of(record(martigues, Award.of(5, "")))));
  }
}
