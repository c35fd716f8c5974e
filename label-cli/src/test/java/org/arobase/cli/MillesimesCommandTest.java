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
import java.util.ArrayList;
import java.util.List;
import org.arobase.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code arobase millesimes}, {@code arobase data export} and the global option {@code --data}. */
class MillesimesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyMillesimeIsListedOldestFirstWithItsFacts() throws IOException {
    CliRun run = CliRun.of("millesimes", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode all = JSON.readTree(run.out());
    List<Integer> years = new ArrayList<>();
    all.forEach(e -> years.add(e.get("year").asInt()));
    assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027), years);
    for (JsonNode e : all) {
      for (String field : List.of("year", "number", "matrixVersion", "filingOpens", "filingCloses", "juryOn",
          "ceremonyOn", "mentions", "obligations", "published")) {
        assertTrue(e.has(field), e.get("year") + " has " + field);
      }
      e.get("mentions").forEach(m -> assertTrue(m.has("code") && m.has("label")));
      e.get("obligations").forEach(o -> assertTrue(o.has("code") && o.has("law") && o.has("from")
          && o.has("communePopulationAbove") && o.has("intercommunalityPopulationAbove") && o.has("agentsAtLeast")));
    }
    JsonNode e2022 = all.get(2);
    assertEquals(23, e2022.get("number").asInt());
    assertEquals("2021-11-12", e2022.get("filingCloses").asText());
    assertEquals("2021-12-14", e2022.get("juryOn").asText());
    assertTrue(e2022.get("published").get("filingWindow").asBoolean());
    JsonNode e2027 = all.get(7);
    assertEquals(28, e2027.get("number").asInt());
    assertTrue(e2027.get("ceremonyOn").isNull());
    assertFalse(e2027.get("published").get("mentions").asBoolean(), "2027's catalogue is 2026's by default");
    assertEquals(4, e2027.get("mentions").size());
    assertEquals("TRANSITION_ECOLOGIQUE", all.get(1).get("mentions").get(0).get("code").asText());
  }

  @Test
  void theTextSaysWhatIsNotPublished() {
    CliRun run = CliRun.of("millesimes");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("2027 — 28e label (numéro déduit)"), run.out());
    assertTrue(run.out().contains("obligation REEN_STRATEGY : depuis le 2025-01-01"), run.out());
  }

  @Test
  void anExportedDirectoryIsReadBackByEveryCommand(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    CliRun export = CliRun.of("data", "export", data.toString());
    assertEquals(0, export.exit(), export.err());
    assertTrue(Files.isRegularFile(data.resolve("millesimes.tsv")));
    assertEquals(CliRun.of("millesimes", "--format", "json").out(),
        CliRun.of("--data", data.toString(), "millesimes", "--format", "json").out());
    assertEquals(CliRun.of("rate", "--format", "json", "dossiers/ayen-2022.json").out(),
        CliRun.of("rate", "--data", data.toString(), "--format", "json", "dossiers/ayen-2022.json").out());
    CliRun again = CliRun.of("data", "export", data.toString());
    assertEquals(2, again.exit(), "a directory that is not empty is not overwritten");
  }

  @Test
  void aMillesimeAddedInTheDirectoryIsRated(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    assertEquals(2028, TestData.withNextMillesime(data));
    Path dossier = dir.resolve("ayen-2028.json");
    Files.writeString(dossier, Files.readString(Path.of("dossiers/ayen-2022.json"), StandardCharsets.UTF_8)
        .replace("\"edition\": 2022", "\"edition\": 2028"), StandardCharsets.UTF_8);
    assertEquals(1, CliRun.of("rate", "--no-geography", dossier.toString()).exit(), "2028 is unknown to the bundled data");
    CliRun run = CliRun.of("--data", data.toString(), "rate", "--no-geography", dossier.toString());
    assertEquals(0, run.exit(), run.err() + run.out());
    assertTrue(run.out().contains("label 2028"), run.out());
  }

  @Test
  void aBrokenFileIsNamedAndExitsTwo(@TempDir Path dir) throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("obligations.tsv"), "code\tlaw\tfrom\tkinds\tcommunePopulationAbove"
        + "\tintercommunalityPopulationAbove\tagentsAtLeast\tcap\tsource\n"
        + "OPEN_DATA\tla loi\t2018-13-07\tCOMMUNE\t3500\t3500\t50\t4\t[L1]\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("--data", data.toString(), "validate", "dossiers/ayen-2022.json");
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(data.resolve("obligations.tsv") + ":2: column from is '2018-13-07', not a date"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals(2, CliRun.of("--data", dir.resolve("none").toString(), "millesimes").exit());
  }
}
