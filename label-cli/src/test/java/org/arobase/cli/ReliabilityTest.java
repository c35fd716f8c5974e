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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/RELIABILITY.md: every input used or reported, exit codes, caps, escapes, nothing overwritten. */
class ReliabilityTest {

  private static final String AYEN = "dossiers/ayen-2022.json";
  private static final String INVALID = CommandsTest.INVALID;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String text(String file) throws IOException {
    return Files.readString(Path.of(file), StandardCharsets.UTF_8);
  }

  @Test
  void aRuleThatThrowsFailsItsDossierOnly(@TempDir Path dir) throws IOException {
    Path rule = dir.resolve("boom.drl");
    Files.writeString(rule, """
        package org.arobase.rules.user;
        import org.arobase.rules.facts.RatingContext;

        rule "USER.BOOM"
          ruleflow-group "mentions"
        when
          RatingContext(population < 1000)
        then
          int zero = 0;
          System.out.println(1 / zero);
        end
        """, java.nio.charset.StandardCharsets.UTF_8);
    CliRun run = CliRun.of("rate", "--no-geography", "--rules", rule.toString(), "dossiers/ayen-2022.json",
        "dossiers/martigues-2022.json");
    assertEquals(1, run.exit(), run.err() + run.out());
    assertTrue(run.out().contains("Martigues (ville, label 2022) — "), "the other dossier is rated: " + run.out());
    assertTrue(run.out().contains("RULE_FAILED"), run.out());
    assertTrue(run.out().contains(rule + ":4: rule \"USER.BOOM\""), "file, line and rule: " + run.out());
  }

  @Test
  void anInvalidDossierLeftOutOfTheCsvIsSaidOnStandardError() {
    CliRun run = CliRun.of("rate", "--format", "csv", AYEN, INVALID);
    assertEquals(1, run.exit());
    assertEquals(2, run.out().split("\r\n").length, run.out());
    assertTrue(run.err().startsWith(INVALID + "\u00a0: invalide, non évalué"), run.err());
    assertTrue(run.err().contains("CODE_MALFORMED"), run.err());
  }

  @Test
  void aDirectoryEntryThatCannotBeReadIsReportedAndExitsOne(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(AYEN), dir.resolve("ayen.json"));
    Files.createSymbolicLink(dir.resolve("loop.json"), dir.resolve("loop2.json"));
    Files.createSymbolicLink(dir.resolve("loop2.json"), dir.resolve("loop.json"));
    Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("nothing"));
    CliRun run = CliRun.of("rate", "--no-geography", "--format", "csv", dir.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains("19015"), run.out());
    assertTrue(run.err().contains("loop.json: skipped, symbolic link loop"), run.err());
    assertTrue(run.err().contains("loop2.json: skipped, symbolic link loop"), run.err());
    assertTrue(run.err().contains("gone.json: skipped, broken symbolic link"), run.err());
    CommandsTest.assertNoStackTrace(run);
    CliRun validate = CliRun.of("validate", "--no-geography", dir.toString());
    assertEquals(1, validate.exit(), validate.err());
  }

  @Test
  void aBrokenPreviousMillesimeIsReportedAndExitsOne(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": ");
    CliRun run = CliRun.of("figures", "--previous", broken.toString(), AYEN);
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains("--previous: " + broken + " is not counted"), run.err());
  }

  @Test
  void theSameCollectivityTwiceInAPalmaresIsReportedAndCountedOnce(@TempDir Path dir) throws IOException {
    Path copy = Files.copy(Path.of(AYEN), dir.resolve("ayen-again.json"));
    CliRun once = CliRun.of("palmares", "--format", "json", AYEN);
    CliRun twice = CliRun.of("palmares", "--format", "json", AYEN, copy.toString());
    assertEquals(0, once.exit(), once.err());
    assertEquals(1, twice.exit(), twice.err());
    assertTrue(twice.err().contains(copy + ": « Ayen » (19015) is already in the palmarès"), twice.err());
    JsonNode p = JSON.readTree(twice.out());
    assertEquals(1, p.get("total").asInt());
    assertEquals(JSON.readTree(once.out()), p);
  }

  @Test
  void dossiersOfSeveralMillesimesNeedEdition() {
    CliRun mixed = CliRun.of("palmares", AYEN, "dossiers/dijon-metropole-2021.json");
    assertEquals(2, mixed.exit(), mixed.err());
    assertTrue(mixed.err().contains("several millésimes [2021, 2022]") && mixed.err().contains("--edition"), mixed.err());
    assertEquals("", mixed.out());
    CliRun one = CliRun.of("palmares", "--edition", "2021", AYEN, "dossiers/dijon-metropole-2021.json");
    assertEquals(1, one.exit(), one.err());
    assertTrue(one.out().contains("1 collectivité"), one.out());
  }

  @Test
  void reportRefusesToOverwriteItsDossierOrAnyFileThatIsNotAReport(@TempDir Path dir) throws IOException {
    Path dossier = Files.copy(Path.of(AYEN), dir.resolve("ayen.json"));
    String before = Files.readString(dossier);
    CliRun same = CliRun.of("report", "--no-geography", dossier.toString(), "--out", dir.resolve(".").resolve("ayen.json").toString());
    assertEquals(2, same.exit(), same.err());
    assertTrue(same.err().contains("is the dossier"), same.err());
    assertEquals(before, Files.readString(dossier));
    Path data = Files.writeString(dir.resolve("list.html"), "[1, 2]");
    CliRun json = CliRun.of("report", "--no-geography", AYEN, "--out", data.toString());
    assertEquals(2, json.exit(), json.err());
    assertTrue(json.err().contains("is not an HTML report"), json.err());
    assertEquals("[1, 2]", Files.readString(data));
    Path page = dir.resolve("ayen.html");
    assertEquals(0, CliRun.of("report", "--no-geography", AYEN, "--out", page.toString()).exit());
    CliRun again = CliRun.of("report", "--no-geography", AYEN, "--out", page.toString());
    assertEquals(0, again.exit(), "a report replaces a report: " + again.err());
  }

  @Test
  void ruleFileProblemsAreUsageErrorsInPlainWords(@TempDir Path dir) throws IOException {
    CliRun directory = CliRun.of("rate", "--rules", dir.toString(), AYEN);
    assertEquals(2, directory.exit(), directory.err());
    assertTrue(directory.err().contains("is a directory"), directory.err());
    CommandsTest.assertNoStackTrace(directory);
    Path unreadable = Files.writeString(dir.resolve("x.drl"), "package x;");
    if (unreadable.toFile().setReadable(false) && !Files.isReadable(unreadable)) {
      CliRun run = CliRun.of("rate", "--rules", unreadable.toString(), AYEN);
      assertEquals(2, run.exit(), run.err());
      assertTrue(run.err().contains("permission denied"), run.err());
      CommandsTest.assertNoStackTrace(run);
    }
  }

  @Test
  void controlCharactersAreEscapedInTextButNotInJson(@TempDir Path dir) throws IOException {
    String dossier = text(AYEN).replace("\"id\": \"arbres\"", "\"id\": \"arbres\\u001b[2J\"")
        .replace("\"code\": \"19015\"", "\"code\": \"19\\u001b[2J\"");
    Path file = Files.writeString(dir.resolve("evil\u001b[2J.json"), dossier);
    CliRun text = CliRun.of("validate", "--no-geography", file.toString());
    assertEquals(1, text.exit(), text.err());
    assertFalse(text.out().contains("\u001b"), text.out());
    assertTrue(text.out().contains("evil\\u001b[2J.json"), text.out());
    CliRun rate = CliRun.of("rate", "--no-geography", "--format", "csv", file.toString());
    assertFalse(rate.err().contains("\u001b"), rate.err());
    CliRun json = CliRun.of("validate", "--no-geography", "--format", "json", file.toString());
    assertFalse(json.out().contains("\u001b"), json.out());
    assertTrue(json.out().contains("\\u001B") || json.out().contains("\\u001b"), json.out());
    assertEquals("a\\u0000b\\u009bc\\u0009", Terminal.safe("a\u0000b\u009bc\t"));
  }

  @Test
  void theProblemsPrintedInOneRunAreCapped(@TempDir Path dir) throws IOException {
    String bad = text(INVALID);
    Files.writeString(dir.resolve("a.json"), bad);
    Files.writeString(dir.resolve("b.json"), bad);
    CliRun run = CliRun.of("--max-problems", "10", "validate", "--no-geography", dir.toString());
    assertEquals(1, run.exit());
    long printed = run.out().lines().filter(l -> l.startsWith("  ERREUR")).count();
    assertEquals(10, printed, run.out());
    assertTrue(run.err().contains(" more problems not printed (at most 10 per run"), run.err());
    assertTrue(run.out().contains("2 dossiers\u00a0: 0 valide, 2 invalides"), run.out());
    CliRun json = CliRun.of("--max-problems", "3", "rate", "--format", "json", "--no-geography", dir.toString());
    assertEquals(1, json.exit());
    JsonNode results = JSON.readTree(json.out());
    assertEquals(2, results.size());
    assertEquals(3, results.get(0).get("violations").size() + results.get(1).get("violations").size());
  }

  @Test
  void palmaresCsvDefusesFormulas(@TempDir Path dir) throws IOException {
    Path list = Files.writeString(dir.resolve("list.tsv"),
        "region\tarobases\tname\n=HYPERLINK(\"http://x\")\t3\t@SUM(A1)\n");
    CliRun run = CliRun.of("palmares", "--format", "csv", list.toString());
    assertTrue(run.out().contains("\"'=HYPERLINK(\"\"http://x\"\")\""), run.out());
    assertTrue(run.out().contains("'@SUM(A1)"), run.out());
    assertFalse(run.out().contains(",=") || run.out().contains(",@"), run.out());
  }
}
