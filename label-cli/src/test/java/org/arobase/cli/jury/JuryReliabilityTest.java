package org.arobase.cli.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arobase.cli.Arobase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Misspelt conflicts, plans over several millésimes and broken records files are refused, not ignored. */
class JuryReliabilityTest {

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Arobase.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void misspeltConflictsAreRefusedWithTheirPointers(@TempDir Path dir) throws Exception {
    Path jurors = dir.resolve("jurors.json");
    Files.writeString(jurors, """
        [{"id": "a", "name": "A", "conflicts": {"regions": ["Nouvelle-Aquitane"]}},
         {"id": "b", "name": "B", "conflicts": {"departements": ["Bretagne", "19"]}},
         {"id": "c", "name": "C", "conflicts": {"collectivities": ["1901"]}}]
        """);
    Run r = run("jury", "plan", "--jurors", jurors.toString(), "dossiers/ayen-2022.json");
    assertEquals(Arobase.INVALID, r.exit(), r.err());
    assertEquals("", r.out());
    List<String> lines = r.err().lines().toList();
    assertEquals(3, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith(jurors + " /0/conflicts/regions/0: CONFLICT_UNKNOWN_REGION «\u00a0Nouvelle-Aquitane\u00a0» "
        + "n'est pas une région d'après "), lines.get(0));
    assertTrue(lines.get(0).endsWith("\u00a0; vouliez-vous dire «\u00a0Nouvelle-Aquitaine\u00a0»\u00a0?"), lines.get(0));
    assertTrue(lines.get(1).startsWith(jurors + " /1/conflicts/departements/0: CONFLICT_UNKNOWN_DEPARTEMENT"), lines.get(1));
    assertTrue(lines.get(1).endsWith("«\u00a0Bretagne\u00a0» est une région\u00a0: inscrivez-la dans conflicts.regions"),
        lines.get(1));
    assertTrue(lines.get(2).startsWith(jurors + " /2/conflicts/collectivities/0: CONFLICT_UNKNOWN_COLLECTIVITY"),
        lines.get(2));
  }

  @Test
  void theSampleJurorsAreValid() {
    Run r = run("jury", "plan", "--jurors", "jury/jurors.json", "dossiers/ayen-2022.json");
    assertEquals(Arobase.OK, r.exit(), r.err());
  }

  @Test
  void aPlanOverTwoMillesimesIsRefusedUnlessOneIsChosen() {
    Run r = run("jury", "plan", "--jurors", "jury/jurors.json", "dossiers/ayen-2022.json",
        "dossiers/miramas-2020.json", "dossiers/martigues-2022.json");
    assertEquals(Arobase.INVALID, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals("arobase: no jury plan: the dossiers are of several millésimes, 2020 (1 dossier), 2022 (2 dossiers); "
        + "one plan is for one jury meeting, of one millésime: choose it with --edition YEAR\n", r.err());

    Run chosen = run("jury", "plan", "--format", "json", "--edition", "2022", "--jurors", "jury/jurors.json",
        "dossiers/ayen-2022.json", "dossiers/miramas-2020.json", "dossiers/martigues-2022.json");
    assertEquals(Arobase.OK, chosen.exit(), chosen.err());
    assertEquals("arobase: 1 dossier of the millésime 2020 left out of the plan of 2022: dossiers/miramas-2020.json\n",
        chosen.err());
    assertTrue(chosen.out().contains("dossiers/ayen-2022.json") && chosen.out().contains("dossiers/martigues-2022.json"));
    assertFalse(chosen.out().contains("miramas"));

    Run none = run("jury", "plan", "--edition", "2021", "--jurors", "jury/jurors.json", "dossiers/ayen-2022.json");
    assertEquals(Arobase.INVALID, none.exit());
    assertEquals("arobase: no jury plan: no valid dossier of the millésime 2021 (the dossiers are of 2022 (1 dossier))\n",
        none.err());
  }

  @Test
  void aBrokenRecordsFileIsReportedAndTheValidRecordsStillApply(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[{\"edition\": 2022,");
    StringWriter err = new StringWriter();
    JuryRecordsReader.Result result = readRecords(
        List.of("jury/records-2022.json", broken.toString(), dir.resolve("none.json").toString()), err);
    assertFalse(result.allValid());
    assertEquals(5, result.records().size(), "the valid records still apply");
    List<String> lines = err.toString().lines().toList();
    assertEquals(2, lines.size(), err.toString());
    assertTrue(lines.get(0).startsWith("arobase: --records " + broken + " /0: JSON_SYNTAX JSON malformé"), lines.get(0));
    assertEquals("arobase: --records " + dir.resolve("none.json") + ": no such file or directory: "
        + dir.resolve("none.json"), lines.get(1));

    StringWriter fine = new StringWriter();
    assertTrue(readRecords(List.of("jury/records-2022.json"), fine).allValid(), fine.toString());
    assertTrue(readRecords(List.of(), fine).allValid());
    assertEquals("", fine.toString());
  }

  @Test
  void figuresReportABrokenRecordsFile(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"edition\": 2022");
    Run r = run("figures", "--records", broken.toString(), "dossiers/ayen-2022.json");
    // Reported on standard error; the exit code says so once FiguresCommand uses JuryCommand.readRecords.
    assertTrue(r.err().contains(broken + ": JSON_SYNTAX") || r.err().contains(broken + " /0: JSON_SYNTAX")
        || r.err().contains(broken + " : JSON_SYNTAX"), r.err());
  }

  /** {@code JuryCommand.readRecords}, package-private in {@code org.arobase.cli}. */
  static JuryRecordsReader.Result readRecords(List<String> paths, StringWriter err) throws Exception {
    Class<?> command = Class.forName("org.arobase.cli.JuryCommand");
    Method m = command.getDeclaredMethod("readRecords", List.class, java.io.InputStream.class, PrintWriter.class);
    m.setAccessible(true);
    PrintWriter w = new PrintWriter(err);
    JuryRecordsReader.Result result = (JuryRecordsReader.Result) m.invoke(null, paths,
        new ByteArrayInputStream(new byte[0]), w);
    w.flush();
    return result;
  }
}
