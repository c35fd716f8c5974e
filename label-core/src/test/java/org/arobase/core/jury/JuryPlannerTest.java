package org.arobase.core.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JuryPlannerTest {

  static PlannedDossier dossier(String code, String name, String departement, String region, int initiatives) {
    return new PlannedDossier(code, code, name, Optional.of(departement), Optional.of(region), initiatives);
  }

  static Juror juror(String id, List<String> codes, List<String> departements, List<String> regions) {
    return new Juror(id, "Juré " + id, "Université", new Conflicts(codes, departements, regions));
  }

  static final PlannedDossier AYEN = dossier("19015", "Ayen", "19", "Nouvelle-Aquitaine", 35);
  static final PlannedDossier MARTIGUES = dossier("13056", "Martigues", "13", "Provence-Alpes-Côte d'Azur", 60);
  static final PlannedDossier NOISY = dossier("93051", "Noisy-le-Grand", "93", "Île-de-France", 40);

  @Test
  void aDossierEveryBinomeConflictsWithIsNamedWithItsConflicts() {
    List<Juror> jurors = List.of(
        juror("eveno", List.of(), List.of(), List.of("Nouvelle-Aquitaine")),
        juror("vidal", List.of(), List.of(), List.of("nouvelle aquitaine")),
        juror("durand", List.of(), List.of("19"), List.of()),
        juror("martin", List.of(), List.of(), List.of()));
    JuryPlanException e = assertThrows(JuryPlanException.class,
        () -> JuryPlanner.plan(jurors, List.of(AYEN, MARTIGUES), 1));
    assertEquals(JuryPlanException.DOSSIER_UNCOVERABLE, e.code());
    assertEquals("dossier 19015 Ayen: every binôme has a juror in conflict (région Nouvelle-Aquitaine: eveno, vidal; "
        + "département 19: durand); only martin is free of conflict", e.getMessage());
  }

  @Test
  void pairingMattersAndTheSearchFindsTheOnlyGoodOne() {
    // a and b may not study Ayen, c and d may not study Martigues: a binôme mixing them could study
    // neither, so the only plan pairs a with b (Martigues) and c with d (Ayen).
    List<Juror> jurors = List.of(
        juror("a", List.of("19015"), List.of(), List.of()),
        juror("b", List.of(), List.of("19"), List.of()),
        juror("c", List.of(), List.of("13"), List.of()),
        juror("d", List.of(), List.of(), List.of("Provence-Alpes-Côte d'Azur")));
    JuryPlan plan = JuryPlanner.plan(jurors, List.of(AYEN, MARTIGUES), 7);
    for (Assignment a : plan.assignments()) {
      assertTrue(a.dossiers().stream().allMatch(a.binome()::mayStudy));
      assertTrue(a.binome().ids().containsAll(List.of("a", "b")) || a.binome().ids().containsAll(List.of("c", "d")));
    }
    assertEquals(25, plan.spread());
    assertEquals(60, plan.bound());
  }

  @Test
  void noPairingIsExplained() {
    // Three jurors: whoever is left out, one dossier loses its only binôme.
    List<Juror> jurors = List.of(
        juror("a", List.of("19015"), List.of(), List.of()),
        juror("b", List.of("13056"), List.of(), List.of()),
        juror("c", List.of("93051"), List.of(), List.of()));
    JuryPlanException e = assertThrows(JuryPlanException.class,
        () -> JuryPlanner.plan(jurors, List.of(AYEN, MARTIGUES, NOISY), 1));
    assertEquals(JuryPlanException.NO_PAIRING, e.code());
    assertTrue(e.getMessage().startsWith("no pairing of the 3 jurors gives every dossier a binôme free of conflict"),
        e.getMessage());
  }

  @Test
  void workloadsTooUnbalancedAreExplained() {
    // Only the binôme {a, b} may study the three dossiers; {c, d} would get nothing: 135 > 60.
    List<Juror> jurors = List.of(
        Juror.of("a", "A"), Juror.of("b", "B"),
        juror("c", List.of(), List.of(), List.of("Nouvelle-Aquitaine", "Provence-Alpes-Côte d'Azur", "Île-de-France")),
        juror("d", List.of(), List.of(), List.of("Nouvelle-Aquitaine", "Provence-Alpes-Côte d'Azur", "Île-de-France")));
    JuryPlanException e = assertThrows(JuryPlanException.class,
        () -> JuryPlanner.plan(jurors, List.of(AYEN, MARTIGUES, NOISY), 1));
    assertEquals(JuryPlanException.UNBALANCED, e.code());
  }

  @Test
  void anOddJurorIsLeftOutAsReserve() {
    List<Juror> jurors = List.of(Juror.of("a", "A"), Juror.of("b", "B"), Juror.of("c", "C"));
    JuryPlan plan = JuryPlanner.plan(jurors, List.of(AYEN, MARTIGUES, NOISY), 3);
    assertEquals(1, plan.binomes().size());
    assertTrue(plan.unpaired().isPresent());
    assertEquals(135, plan.maxInitiatives());
    assertEquals(0, plan.spread());
  }

  @Test
  void noDossierGivesAnEmptyBalancedPlan() {
    JuryPlan plan = JuryPlanner.plan(List.of(Juror.of("a", "A"), Juror.of("b", "B")), List.of(), 0);
    assertEquals(1, plan.binomes().size());
    assertEquals(0, plan.spread());
    assertEquals(0, plan.bound());
  }

  @Test
  void badInputGivesClearErrors() {
    assertEquals(JuryPlanException.TOO_FEW_JURORS, assertThrows(JuryPlanException.class,
        () -> JuryPlanner.plan(List.of(Juror.of("a", "A")), List.of(AYEN), 0)).code());
    JuryPlanException duplicate = assertThrows(JuryPlanException.class,
        () -> JuryPlanner.plan(List.of(Juror.of("a", "A"), Juror.of("a", "B")), List.of(AYEN), 0));
    assertEquals(JuryPlanException.JUROR_ID_INVALID, duplicate.code());
    assertEquals("juror 1 repeats the id a", duplicate.getMessage());
    assertEquals(JuryPlanException.DOSSIER_DUPLICATE, assertThrows(JuryPlanException.class,
        () -> JuryPlanner.plan(List.of(Juror.of("a", "A"), Juror.of("b", "B")), List.of(AYEN, AYEN), 0)).code());
  }

  @Test
  void conflictsCompareCodesAndRegionsLeniently() {
    Conflicts conflicts = new Conflicts(List.of(" 2a004 "), List.of("1"), List.of("ile de france"));
    assertTrue(conflicts.concern(dossier("2A004", "Ajaccio", "2A", "Corse", 1)));
    assertTrue(conflicts.concern(dossier("01053", "Bourg-en-Bresse", "01", "Auvergne-Rhône-Alpes", 1)));
    assertEquals(Optional.of("région Île-de-France"), conflicts.concerning(NOISY));
    assertEquals(Optional.empty(), conflicts.concerning(AYEN));
  }

  /** 260 dossiers; the 127 of region R0 may only go to the one binôme of the two jurors free of R0. */
  static List<PlannedDossier> regionHeavy() {
    List<PlannedDossier> dossiers = new java.util.ArrayList<>();
    for (int d = 0; d < 200; d++) {
      dossiers.add(dossier("d" + d, "C" + d, "19", "R" + d % 3, 10 + d % 7));
    }
    for (int d = 0; d < 60; d++) {
      dossiers.add(dossier("x" + d, "X" + d, "20", "R0", 10));
    }
    return dossiers;
  }

  @Test
  void aLargeJuryWithABottleneckIsProvedUnbalancedWithItsCause() {
    List<Juror> jurors = new java.util.ArrayList<>();
    for (int k = 0; k < 12; k++) {
      jurors.add(juror("j" + k, List.of(), List.of(), k < 10 ? List.of("R0") : List.of()));
    }
    JuryPlanException e = assertThrows(JuryPlanException.class, () -> JuryPlanner.plan(jurors, regionHeavy(), 1));
    assertEquals(JuryPlanException.UNBALANCED, e.code());
    assertTrue(e.getMessage().endsWith("127 dossiers (1470 initiatives) can only go to a binôme of j10, j11, "
        + "while the mean workload is 532 initiatives"), e.getMessage());
  }

  @Test
  void theSearchLimitIsReportedAsSuch() {
    List<Juror> jurors = new java.util.ArrayList<>();
    for (int k = 0; k < 12; k++) {
      jurors.add(juror("j" + k, List.of(), List.of(), k < 4 ? List.of("R0") : List.of()));
    }
    assertEquals(JuryPlanException.SEARCH_LIMIT, assertThrows(JuryPlanException.class,
        () -> JuryPlanner.plan(jurors, regionHeavy(), 1, 3)).code());
    JuryPlan plan = JuryPlanner.plan(jurors, regionHeavy(), 1);
    assertTrue(plan.spread() <= plan.bound());
    assertEquals(260, plan.dossierCount());
  }
}
