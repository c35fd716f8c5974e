package org.arobase.core.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Conflicts by département and region hold even when the dossier declares neither: the places
 * come from the official geography (an intercommunalité spans every département and region of
 * its members), with what the dossier declares as a fallback for codes the geography does not know.
 */
class ConflictsGeographyTest {

  static final PlannedDossier AYEN =
      new PlannedDossier("ayen.json", "19015", "Ayen", Optional.empty(), Optional.empty(), 8);
  /** CC Interrégionale Aumale - Blangy-sur-Bresle: Seine-Maritime (76, Normandie) and Somme (80, Hauts-de-France). */
  static final PlannedDossier AUMALE = new PlannedDossier("aumale.json", "200069722",
      "CC Interrégionale Aumale - Blangy-sur-Bresle", Optional.empty(), Optional.empty(), 12);

  static Juror juror(String id, List<String> codes, List<String> departements, List<String> regions) {
    return new Juror(id, id, "", new Conflicts(codes, departements, regions));
  }

  @Test
  void aCommuneIsPlacedByTheGeography() {
    assertEquals(Set.of("19"), AYEN.departements());
    assertEquals(Set.of("Nouvelle-Aquitaine"), AYEN.regions());
    assertTrue(AYEN.places().official());
    assertEquals(Optional.of("région Nouvelle-Aquitaine"),
        new Conflicts(List.of(), List.of(), List.of("nouvelle aquitaine")).concerning(AYEN));
    assertEquals(Optional.of("département 19"), new Conflicts(List.of(), List.of("19"), List.of()).concerning(AYEN));
  }

  @Test
  void anIntercommunaliteSpansTheDepartementsAndRegionsOfItsMembers() {
    assertEquals(Set.of("76", "80"), AUMALE.departements());
    assertEquals(Set.of("Normandie", "Hauts-de-France"), AUMALE.regions());
    assertTrue(new Conflicts(List.of(), List.of(), List.of("Hauts-de-France")).concern(AUMALE));
    assertTrue(new Conflicts(List.of(), List.of(), List.of("Normandie")).concern(AUMALE));
    assertTrue(new Conflicts(List.of(), List.of("80"), List.of()).concern(AUMALE));
    assertTrue(new Conflicts(List.of(), List.of("76"), List.of()).concern(AUMALE));
    assertFalse(new Conflicts(List.of(), List.of("60"), List.of("Bretagne")).concern(AUMALE));
    // A juror in conflict with a member commune may not judge the intercommunalité.
    String member = AUMALE.places().codes().stream().filter(c -> c.length() == 5).findFirst().orElseThrow();
    assertTrue(new Conflicts(List.of(member), List.of(), List.of()).concern(AUMALE));
  }

  @Test
  void anUnknownCodeKeepsWhatTheDossierDeclares() {
    PlannedDossier unknown = new PlannedDossier("x", "X0001", "Nulle-Part", Optional.of("2a"), Optional.of("corse"), 1);
    assertFalse(unknown.places().official());
    assertEquals(Set.of("2A"), unknown.departements());
    assertTrue(new Conflicts(List.of(), List.of("2A"), List.of()).concern(unknown));
    assertTrue(new Conflicts(List.of(), List.of(), List.of("Corse")).concern(unknown));
  }

  @Test
  void thePlannerKeepsACommuneAwayFromAJurorInConflictWithItsRegion() {
    List<Juror> jurors = List.of(
        juror("vidal", List.of(), List.of(), List.of("Nouvelle-Aquitaine")),
        juror("martin", List.of(), List.of(), List.of()),
        juror("durand", List.of(), List.of(), List.of()),
        juror("roux", List.of(), List.of(), List.of()));
    for (long seed = 0; seed < 20; seed++) {
      JuryPlan plan = JuryPlanner.plan(jurors, List.of(AYEN), seed);
      Binome b = plan.binomeOf("ayen.json").orElseThrow();
      assertFalse(b.first().id().equals("vidal") || b.second().id().equals("vidal"), plan.toString());
    }
  }

  @Test
  void thePlannerKeepsAnIntercommunaliteAwayFromJurorsOfEitherDepartement() {
    List<Juror> jurors = List.of(
        juror("somme", List.of(), List.of("80"), List.of()),
        juror("hdf", List.of(), List.of(), List.of("Hauts-de-France")),
        juror("martin", List.of(), List.of(), List.of()),
        juror("durand", List.of(), List.of(), List.of()));
    for (long seed = 0; seed < 20; seed++) {
      JuryPlan plan = JuryPlanner.plan(jurors, List.of(AUMALE, AYEN), seed);
      Binome b = plan.binomeOf("aumale.json").orElseThrow();
      assertEquals(Set.of("martin", "durand"), Set.of(b.first().id(), b.second().id()), plan.toString());
    }
  }

  @Test
  void noFreeBinomeIsReportedWithTheResolvedPlace() {
    List<Juror> jurors = List.of(
        juror("a", List.of(), List.of("76"), List.of()),
        juror("b", List.of(), List.of(), List.of("Hauts-de-France")),
        juror("c", List.of(), List.of(), List.of()));
    JuryPlanException e = org.junit.jupiter.api.Assertions.assertThrows(JuryPlanException.class,
        () -> JuryPlanner.plan(jurors, List.of(AUMALE), 0));
    assertEquals(JuryPlanException.DOSSIER_UNCOVERABLE, e.code());
    assertTrue(e.getMessage().contains("département 76: a"), e.getMessage());
    assertTrue(e.getMessage().contains("région Hauts-de-France: b"), e.getMessage());
  }
}
