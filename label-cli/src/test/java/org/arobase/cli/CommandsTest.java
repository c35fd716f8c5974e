package org.arobase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process on the sample dossiers and on bad input. */
class CommandsTest {

  static final String SAMPLES = "dossiers";
  static final String INVALID = "dossiers/invalid/plusieurs-erreurs.json";
  static final Path CORPUS = Path.of("../label-json/src/test/resources/corpus");
  private static final ObjectMapper JSON = new ObjectMapper();

  static void assertNoStackTrace(CliRun run) {
    assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), "stack trace shown:\n" + run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void everySampleDossierIsValid() throws IOException {
    CliRun run = CliRun.of("validate", "--format", "json", SAMPLES);
    assertEquals(0, run.exit(), run.out() + run.err());
    JsonNode results = JSON.readTree(run.out());
    assertTrue(results.size() >= 12, "at least 12 samples");
    for (JsonNode r : results) {
      assertTrue(r.get("source").asText().startsWith("dossiers/"));
      for (JsonNode v : r.get("violations")) {
        assertEquals("WARNING", v.get("severity").asText(), r.toString());
      }
    }
  }

  @Test
  void theSamplesReachEveryLevelAndEveryMention() throws IOException {
    CliRun run = CliRun.of("rate", "--format", "json", SAMPLES);
    assertEquals(0, run.exit(), run.err());
    Set<Integer> levels = new HashSet<>();
    Set<String> mentions2022 = new HashSet<>();
    Set<String> distinctions = new HashSet<>();
    for (JsonNode r : JSON.readTree(run.out())) {
      JsonNode decision = r.get("decision");
      levels.add(decision.get("arobases").asInt());
      decision.get("distinctions").forEach(d -> distinctions.add(d.asText()));
      if (decision.get("edition").asInt() == 2022) {
        decision.get("mentions").forEach(m -> mentions2022.add(m.has("code") ? m.get("code").asText() : m.asText()));
      }
      assertTrue(decision.get("reasons").size() > 0);
    }
    assertEquals(Set.of(1, 2, 3, 4, 5), levels);
    assertEquals(Set.of("NUMERIQUE_EDUCATIF", "DEMOCRATIE_LOCALE", "MEDIATION_NUMERIQUE", "TRANSITION_ECOLOGIQUE"), mentions2022);
    assertEquals(Set.of("TERRITOIRE_EXCELLENCE_NUMERIQUE"), distinctions);
  }

  @Test
  void theInvalidSampleGetsEveryErrorAndExitCodeOne() throws IOException {
    CliRun run = CliRun.of("validate", "--format", "json", INVALID);
    assertEquals(1, run.exit());
    assertNoStackTrace(run);
    JsonNode violations = JSON.readTree(run.out()).get(0).get("violations");
    Set<String> codes = new HashSet<>();
    violations.forEach(v -> codes.add(v.get("code").asText()));
    assertTrue(codes.containsAll(Set.of("CODE_MALFORMED", "POPULATION_NEGATIVE", "SERVICE_UNKNOWN", "END_BEFORE_START",
        "INITIATIVE_ID_DUPLICATE", "TITLE_BLANK", "SERVICE_DUPLICATE", "LINK_MALFORMED")), codes.toString());
    violations.forEach(v -> assertTrue(v.get("pointer").asText().startsWith("/")));
  }

  @Test
  void ratingTextNamesTheLevelAndWhatIsMissing() {
    CliRun run = CliRun.of("rate", "dossiers/ayen-2022.json");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Ayen (village, label 2022) — 3 @"), run.out());
    assertTrue(run.out().contains("pour 4 @\u00a0:"), run.out());
    // The reasons that decided the level, not only what the next one lacks.
    assertTrue(run.out().contains("  atteint LEVEL.3.MIN_SCORE\u00a0: "), run.out());
    assertTrue(run.out().contains("7 initiatives retenues, 1 ignorée"), run.out());
    assertFalse(run.out().matches("(?s).*\\b(MET|MISSED)\\b.*"), run.out());
    assertTrue(run.out().contains("  atteint LEVEL.3.MIN_ENJEUX\u00a0: "), run.out());
  }

  @Test
  void aCappedLevelPrintsItsCeilingAndTheMissingObligation(@TempDir Path dir) throws IOException {
    // Martigues without its open data: the level's criteria of a higher level hold, the ceiling decides.
    String dossier = Files.readString(Path.of("dossiers/martigues-2022.json"), StandardCharsets.UTF_8)
        .replace("\"openData\": true", "\"openData\": false");
    Path file = dir.resolve("martigues-sans-open-data.json");
    Files.writeString(file, dossier, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("rate", file.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("manqué LEVEL.CAP\u00a0: "), run.out());
    assertTrue(run.out().contains("manqué OBLIGATION.OPEN_DATA\u00a0: "), run.out());
  }

  @Test
  void rateMixesDecisionsAndViolationsAndExitsOne() throws IOException {
    CliRun run = CliRun.of("rate", "--format", "json", "dossiers/ayen-2022.json", INVALID);
    assertEquals(1, run.exit());
    JsonNode results = JSON.readTree(run.out());
    assertTrue(results.get(0).has("decision"));
    assertTrue(results.get(1).has("violations"));
    assertFalse(results.get(1).has("decision"));
  }

  @Test
  void csvHasAHeaderAndOneRowPerDecision() {
    CliRun run = CliRun.of("rate", "--format", "csv", SAMPLES);
    assertEquals(0, run.exit(), run.err());
    long rows = run.out().lines().count();
    assertEquals(CliRun.of("validate", "--format", "json", SAMPLES).out().split("\"source\"").length - 1 + 1, rows);
  }

  @Test
  void standardInputIsTheSourceDash() throws IOException {
    String dossier = Files.readString(Path.of("dossiers/ayen-2022.json"), StandardCharsets.UTF_8);
    CliRun run = CliRun.withInput(dossier, "validate", "--format", "json", "-");
    assertEquals(0, run.exit(), run.err());
    assertEquals("-", JSON.readTree(run.out()).get(0).get("source").asText());
  }

  @Test
  void anArrayFileGivesOneResultPerElement(@TempDir Path dir) throws IOException {
    String a = Files.readString(Path.of("dossiers/ayen-2022.json"));
    String b = Files.readString(Path.of("dossiers/mogneneins-2022.json"));
    Path array = dir.resolve("two.json");
    Files.writeString(array, "[" + a + "," + b + "]");
    CliRun run = CliRun.of("validate", "--format", "json", array.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode results = JSON.readTree(run.out());
    assertEquals(array + "#0", results.get(0).get("source").asText());
    assertEquals(array + "#1", results.get(1).get("source").asText());
  }

  @Test
  void aMalformedFileExitsOneWithTheLine(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"edition\": 2022,\n  \"collectivity\": {\n");
    CliRun run = CliRun.of("validate", broken.toString());
    assertEquals(1, run.exit());
    assertNoStackTrace(run);
    assertTrue(run.out().contains("JSON_SYNTAX"), run.out());
    assertTrue(run.out().contains("ligne"), run.out());
  }

  @Test
  void aMissingFileIsAUsageError() {
    CliRun run = CliRun.of("validate", "no-such-dossier.json");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("no such file or directory: no-such-dossier.json"), run.err());
    assertNoStackTrace(run);
  }

  @Test
  void anEmptyDirectoryIsAUsageError(@TempDir Path dir) {
    CliRun run = CliRun.of("rate", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("holds no *.json file"), run.err());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun run = CliRun.of("validate", "--colour", SAMPLES);
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--colour"), run.err());
    assertNoStackTrace(run);
  }

  @Test
  void rulesThatDoNotCompileAreAUsageErrorWithTheLine(@TempDir Path dir) throws IOException {
    Path drl = dir.resolve("broken.drl");
    Files.writeString(drl, "package org.arobase.rules;\n\nrule \"broken\"\nwhen\n  this is not DRL\nthen\nend\n");
    CliRun run = CliRun.of("rate", "--rules", drl.toString(), "dossiers/ayen-2022.json");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("broken.drl"), run.err());
    assertNoStackTrace(run);
  }

  @Test
  void aMissingRuleFileIsAUsageError() {
    CliRun run = CliRun.of("rate", "--rules", "none.drl", "dossiers/ayen-2022.json");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("no such rule file: none.drl"), run.err());
  }

  @Test
  void anotherEditionCanBeAsked() throws IOException {
    CliRun run = CliRun.of("validate", "--edition", "2021", "--format", "json", "dossiers/ayen-2022.json");
    JsonNode violations = JSON.readTree(run.out()).get(0).get("violations");
    assertTrue(run.exit() <= 1);
    assertNoStackTrace(run);
    assertEquals(2, CliRun.of("validate", "--edition", "1999", "dossiers/ayen-2022.json").exit());
    assertTrue(violations.isArray());
  }

  @Test
  void reportWritesASelfContainedPage(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("martigues.html");
    CliRun run = CliRun.of("report", "dossiers/martigues-2022.json", "--out", html.toString());
    assertEquals(0, run.exit(), run.err());
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertTrue(page.contains("<svg class=\"panneau\""));
    assertTrue(page.contains("<svg class=\"mosaic\""));
    assertTrue(page.contains("#2e9d48"), "the green @ of the transition écologique");
    assertFalse(page.contains("http://") || page.contains("https://") || page.contains("src="), "no external resource");
    assertEquals(16, page.split("<g><title>").length - 1, "16 tiles");
  }

  @Test
  void reportOfAnInvalidDossierExitsOne(@TempDir Path dir) {
    CliRun run = CliRun.of("report", INVALID, "--out", dir.resolve("x.html").toString());
    assertEquals(1, run.exit());
    assertFalse(Files.exists(dir.resolve("x.html")));
    assertNoStackTrace(run);
  }

  @Test
  void geojsonHasTheLocatedInitiatives() throws IOException {
    CliRun run = CliRun.of("geojson", "dossiers/ayen-2022.json");
    assertEquals(0, run.exit(), run.err());
    JsonNode collection = JSON.readTree(run.out());
    assertEquals("FeatureCollection", collection.get("type").asText());
    JsonNode first = collection.get("features").get(0);
    assertEquals(1.3233, first.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
  }

  @Test
  void palmaresOf2020IsThePublishedOne() throws IOException {
    CliRun run = CliRun.of("palmares", "--format", "json", "data/palmares-2020.tsv");
    assertEquals(0, run.exit(), run.err());
    JsonNode p = JSON.readTree(run.out());
    assertEquals(232, p.get("total").asInt());
    assertEquals(16, p.get("regions").size());
    assertEquals(List.of(19, 44, 58, 48, 63), List.of(p.get("byArobases").get("1").asInt(), p.get("byArobases").get("2").asInt(),
        p.get("byArobases").get("3").asInt(), p.get("byArobases").get("4").asInt(), p.get("byArobases").get("5").asInt()));
  }

  @Test
  void palmaresOf2020AsAPage() {
    CliRun run = CliRun.of("palmares", "--format", "html", "data/palmares-2020.tsv");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), run.out().substring(0, 60));
    assertTrue(run.out().contains("<span>232 collectivités labellisées dans 16 régions</span>"));
    assertEquals(101, run.out().split("<path ", -1).length - 1, "the map of the départements");
  }

  @Test
  void palmaresAndFiguresOfTheSamples() throws IOException {
    // The samples are of 2020, 2021 and 2022: a palmarès is of one millésime, the others are reported (exit 1).
    CliRun palmares = CliRun.of("palmares", "--format", "json", "--edition", "2022", SAMPLES);
    assertEquals(1, palmares.exit(), palmares.err());
    assertTrue(palmares.err().contains("dossiers/miramas-2020.json is of the millésime 2020, not in the palmarès of 2022"),
        palmares.err());
    assertTrue(JSON.readTree(palmares.out()).get("total").asInt() >= 10);
    CliRun figures = CliRun.of("figures", "--format", "json", "--previous", "dossiers/dijon-metropole-2021.json", SAMPLES);
    assertEquals(1, figures.exit(), figures.err());
    assertTrue(figures.err().contains("not counted in the figures of 2022"), figures.err());
    JsonNode f = JSON.readTree(figures.out());
    assertEquals(2022, f.get("edition").asInt());
    assertEquals(1, f.get("growth").get("previousDossiers").asInt());
  }

  @Test
  void juryPlanAssignsEveryDossierOnce() throws IOException {
    // A plan is of one millésime: the samples of 2020 and 2021 are left out (and said).
    CliRun run = CliRun.of("jury", "plan", "--format", "json", "--edition", "2022", "--jurors", "jury/jurors.json", SAMPLES);
    assertEquals(0, run.exit(), run.err());
    JsonNode plan = JSON.readTree(run.out());
    Set<String> seen = new HashSet<>();
    int max = 0;
    int min = Integer.MAX_VALUE;
    for (JsonNode binome : plan.get("binomes")) {
      assertEquals(2, binome.get("jurors").size());
      binome.get("dossiers").forEach(d -> assertTrue(seen.add(d.asText()), "twice: " + d));
      max = Math.max(max, binome.get("initiatives").asInt());
      min = Math.min(min, binome.get("initiatives").asInt());
    }
    assertEquals(CliRun.of("validate", "--format", "json", SAMPLES).out().split("\"source\"").length - 1 - 4, seen.size());
    assertEquals(min, plan.get("spread").get("min").asInt());
    assertEquals(max, plan.get("spread").get("max").asInt());
    assertEquals(2, CliRun.of("jury", "plan", "--edition", "2022", "--jurors", "none.json", SAMPLES).exit());
  }

  @Test
  void theJurysAwardReplacesTheEngineInTheFigures() throws IOException {
    JsonNode engine = JSON.readTree(CliRun.of("figures", "--format", "json", SAMPLES).out());
    CliRun run = CliRun.of("figures", "--format", "json", "--records", "jury/records-2022.json", SAMPLES);
    // The samples of 2020 and 2021 are not counted in the figures of 2022, and said: exit 1.
    assertEquals(1, run.exit(), run.err());
    JsonNode awarded = JSON.readTree(run.out());
    assertEquals(engine.get("dossiers"), awarded.get("dossiers"));
    assertFalse(engine.get("byArobases").equals(awarded.get("byArobases")), "the records change some levels");
    CliRun report = CliRun.of("jury", "report", "--format", "json", "jury/records-2022.json");
    assertEquals(0, report.exit(), report.err());
  }

  /** Every file of label-json's corpus of bad inputs: exit code 1, its expected codes, no stack trace. */
  @TestFactory
  Stream<DynamicTest> theCorpusOfBadInputsIsRejected() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CORPUS)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 30);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      CliRun run = CliRun.of("validate", "--no-geography", "--format", "json", file.toString());
      assertEquals(1, run.exit(), run.out() + run.err());
      assertNoStackTrace(run);
      Set<String> codes = new HashSet<>();
      for (JsonNode result : JSON.readTree(run.out())) {
        result.get("violations").forEach(v -> codes.add(v.get("code").asText()));
      }
      Path expectedFile = Path.of(file.toString().replace(".json", ".expected"));
      Set<String> expected = new HashSet<>(Files.readAllLines(expectedFile).stream()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
      assertTrue(codes.containsAll(expected), "expected " + expected + ", got " + codes);
    }));
  }
}
