package org.arobase.core.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arobase.core.geo.Geography;
import org.arobase.core.validation.ValidationReport;
import org.arobase.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Misspelt conflicts are refused with a pointer, a code and a « did you mean ». */
class JuryJurorsValidationTest {

  static Juror juror(String id, List<String> codes, List<String> departements, List<String> regions) {
    return new Juror(id, id, "", new Conflicts(codes, departements, regions));
  }

  @Test
  void wellWrittenConflictsPass() {
    ValidationReport report = Jurors.validate(List.of(
        juror("a", List.of("19015", "200069722", " 93051 "), List.of("19", "2a", "1", "971"),
            List.of("Nouvelle-Aquitaine", "ile de france", "Provence Alpes Cote d'Azur", "La Réunion")),
        juror("b", List.of(), List.of(), List.of())));
    assertTrue(report.isValid(), report.toString());
  }

  @Test
  void everyMisspeltConflictIsReportedAtOnce() {
    ValidationReport report = Jurors.validate(List.of(
        juror("ok", List.of(), List.of("87"), List.of()),
        juror("a", List.of("19O15"), List.of("Bretagne", "20"), List.of("Nouvelle-Aquitane")),
        juror("b", List.of("Noisy-le-Grand"), List.of("Corèze"), List.of("19", "Corrèze", "Atlantide"))));
    List<Violation> v = report.violations();
    assertEquals(List.of(
        "/1/conflicts/collectivities/0 CONFLICT_UNKNOWN_COLLECTIVITY",
        "/1/conflicts/departements/0 CONFLICT_UNKNOWN_DEPARTEMENT",
        "/1/conflicts/departements/1 CONFLICT_UNKNOWN_DEPARTEMENT",
        "/1/conflicts/regions/0 CONFLICT_UNKNOWN_REGION",
        "/2/conflicts/collectivities/0 CONFLICT_UNKNOWN_COLLECTIVITY",
        "/2/conflicts/departements/0 CONFLICT_UNKNOWN_DEPARTEMENT",
        "/2/conflicts/regions/0 CONFLICT_UNKNOWN_REGION",
        "/2/conflicts/regions/1 CONFLICT_UNKNOWN_REGION",
        "/2/conflicts/regions/2 CONFLICT_UNKNOWN_REGION"),
        v.stream().map(x -> x.pointer() + " " + x.code()).toList(), report.toString());
    assertTrue(v.stream().allMatch(x -> x.severity() == org.arobase.core.validation.Severity.ERROR));
    List<String> m = v.stream().map(x -> x.message().replace('\u00a0', ' ')).toList();
    assertTrue(m.get(1).contains("« Bretagne » est une région : inscrivez-la dans conflicts.regions"), m.get(1));
    assertTrue(m.get(3).contains("vouliez-vous dire « Nouvelle-Aquitaine » ?"), m.get(3));
    assertTrue(m.get(4).contains("vouliez-vous dire 93051 (Noisy-le-Grand) ?"), m.get(4));
    assertTrue(m.get(5).contains("vouliez-vous dire 19 (Corrèze) ?"), m.get(5));
    assertTrue(m.get(6).contains("19 (Corrèze) est un département : inscrivez-le dans conflicts.departements"), m.get(6));
    assertTrue(m.get(7).contains("19 (Corrèze) est un département"), m.get(7));
    assertTrue(m.get(8).contains("les régions sont"), m.get(8));
    List<String> english = Jurors.validate(List.of(juror("a", List.of(), List.of("Bretagne"), List.of("Atlantide"))),
        Geography.official(), java.util.Locale.ENGLISH).violations().stream().map(Violation::message).toList();
    assertTrue(english.get(0).contains("« Bretagne » is a region: list it in conflicts.regions"), english.get(0));
    assertTrue(english.get(1).contains("the regions are"), english.get(1));
  }
}
