package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.arobase.core.Edition;
import org.arobase.core.Initiative;
import org.arobase.core.PastLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario format of docs/METHOD.md §13: millésimes, relative dates and history, restricted lines. */
class ScenarioFormatTest {

  @TempDir
  Path dir;

  private static final String DOSSIER = """
      collectivity: COMMUNE 19015 Ayen
      population: 700
      initiative: i1 ref-1y-6m ref+1d COLLECTIVITY SP.01..02
      """;

  private List<Scenario> read(String text) throws IOException {
    Path file = dir.resolve("s.scenario");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return Scenario.read(file);
  }

  @Test
  void runsOncePerMillesimeOfItsListAndRanges() throws IOException {
    List<Scenario> runs = read("millesimes: 2020, 2023..2025\n" + DOSSIER + "expect arobases: 1\n");
    assertEquals(List.of(2020, 2023, 2024, 2025), runs.stream().map(Scenario::millesime).toList());
    runs.forEach(s -> assertEquals(s.millesime(), s.dossier().edition()));
    runs.forEach(s -> assertEquals(s.millesime(), s.edition().year()));
  }

  @Test
  void datesAreRelativeToTheReferenceDateOfEachRun() throws IOException {
    for (Scenario s : read("millesimes: 2020..2027\n" + DOSSIER + "expect arobases: 1\n")) {
      LocalDate ref = Edition.of(s.millesime()).referenceDate();
      Initiative i = s.dossier().initiatives().get(0);
      assertEquals(ref.minusYears(1).minusMonths(6), i.startedOn());
      assertEquals(ref.plusDays(1), i.endedOn().orElseThrow());
      assertEquals(List.of("SP.01", "SP.02"), i.services());
    }
    LocalDate ref = LocalDate.of(2021, 11, 12);
    assertEquals(ref, Scenario.date(dir, 1, "ref", ref));
    assertEquals(LocalDate.of(2019, 11, 13), Scenario.date(dir, 1, "ref-2y+1d", ref));
    assertEquals(LocalDate.of(2020, 1, 1), Scenario.date(dir, 1, "2020-01-01", ref));
    assertThrows(IllegalArgumentException.class, () -> Scenario.date(dir, 1, "ref-2w", ref));
    assertThrows(IllegalArgumentException.class, () -> Scenario.date(dir, 1, "ref 2y", ref));
  }

  @Test
  void historyMayCountMillesimesBack() throws IOException {
    Scenario s = read("millesimes: 2024\n" + DOSSIER + "history: -1:5:TEN -2:4 2015:3\nexpect arobases: 1\n").get(0);
    assertEquals(List.of(2023, 2022, 2015), s.dossier().history().stream().map(PastLabel::edition).toList());
    assertEquals(List.of(5, 4, 3), s.dossier().history().stream().map(PastLabel::arobases).toList());
    assertEquals(1, s.dossier().history().get(0).distinctions().size());
  }

  @Test
  void restrictedLinesHoldForTheirMillesimesOnly() throws IOException {
    List<Scenario> runs = read("millesimes: 2022..2024\n" + DOSSIER + """
        filingCloses@2022: 2022-11-10
        compliance: openData
        compliance@2023..2024: URBANISME_ONLINE
        expect arobases: 1
        expect@2022, 2024 mentions: -
        """);
    assertEquals(LocalDate.of(2022, 11, 10), runs.get(0).edition().referenceDate());
    assertEquals(Edition.of(2023).referenceDate(), runs.get(1).edition().referenceDate());
    assertEquals(List.of("OPEN_DATA"), List.copyOf(runs.get(0).dossier().compliance().obligations()));
    assertEquals(List.of("OPEN_DATA", "URBANISME_ONLINE"), List.copyOf(runs.get(1).dossier().compliance().obligations()));
    assertTrue(runs.get(0).expect().containsKey("mentions"));
    assertFalse(runs.get(1).expect().containsKey("mentions"));
    assertTrue(runs.get(2).expect().containsKey("mentions"));
  }

  @Test
  void mistakesAreNamedWithTheirLine() {
    assertThrows(IllegalArgumentException.class, () -> read("edition: 2022\n" + DOSSIER));
    assertThrows(IllegalArgumentException.class, () -> read(DOSSIER + "expect arobases: 1\n"));
    assertThrows(IllegalArgumentException.class, () -> read("millesimes: 2019\n" + DOSSIER));
    assertThrows(IllegalArgumentException.class, () -> read("millesimes: 2022\n" + DOSSIER + "expect@2023 arobases: 1\n"));
    assertThrows(IllegalArgumentException.class, () -> read("millesimes: 2022\n" + DOSSIER + "expect level: 1\n"));
    assertThrows(IllegalArgumentException.class, () -> read("millesimes: 2022\n" + DOSSIER + "popultion: 1\n"));
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> read("millesimes: 2022..2023\n" + DOSSIER + "agents: 3\nagents@2023: 4\n"));
    assertTrue(twice.getMessage().contains("s.scenario:6:"), twice.getMessage());
  }
}
