package org.arobase.core.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    assertTrue(v.get(1).message().contains("« Bretagne » is a region: list it in conflicts.regions"), v.get(1).message());
    assertTrue(v.get(3).message().contains("did you mean « Nouvelle-Aquitaine »?"), v.get(3).message());
    assertTrue(v.get(4).message().contains("did you mean 93051 (Noisy-le-Grand)?"), v.get(4).message());
    assertTrue(v.get(5).message().contains("did you mean 19 (Corrèze)?"), v.get(5).message());
    assertTrue(v.get(6).message().contains("19 (Corrèze) is a département: list it in conflicts.departements"),
        v.get(6).message());
    assertTrue(v.get(7).message().contains("19 (Corrèze) is a département"), v.get(7).message());
    assertTrue(v.get(8).message().contains("the regions are"), v.get(8).message());
  }
}
