package org.arobase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.arobase.core.Dossier;
import org.arobase.core.LabelData;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.arobase.rules.ParametersFile;
import org.arobase.rules.facts.LevelParameter;
import org.arobase.testing.DossierGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {

  private static final int YEAR = 2022;
  private static final long SEED = 4_242;

  @TempDir static Path dir;
  static Path dossiers;
  static List<Decision> decisions;
  static List<Dossier> list;

  @BeforeAll
  static void dossiers() throws Exception {
    DossierGenerator generator = DossierGenerator.forEdition(YEAR);
    Set<String> codes = new HashSet<>();
    list = new ArrayList<>();
    for (long s = SEED; list.size() < 120; s++) {
      Dossier d = generator.dossier(s);
      if (codes.add(d.collectivity().code())) {
        list.add(d);
      }
    }
    StringWriter json = new StringWriter();
    LabelJson.standard().writeDossiers(list, json);
    dossiers = dir.resolve("dossiers.json");
    Files.writeString(dossiers, json.toString());
    decisions = LabelEngine.builder().edition(YEAR).build().evaluateAll(list);
  }

  /** Awards of a jury stricter than the bundled method by a few points of score. */
  private static Path stricterAwards() throws Exception {
    ParametersFile bundled = ParametersFile.of(LabelData.bundled(), LabelData.bundled().edition(YEAR));
    Map<String, String> stricter = new LinkedHashMap<>();
    for (LevelParameter p : bundled.levels()) {
      stricter.put("level." + p.level() + "." + p.category() + ".minScore",
          String.valueOf(Math.round(p.minScore() * 100 + 3) / 100.0));
    }
    Path hidden = dir.resolve("hidden.properties");
    Files.writeString(hidden, bundled.text(stricter, List.of()));
    StringBuilder tsv = new StringBuilder("code\tarobases\n");
    Map<String, Integer> levels = levels(hidden);
    levels.forEach((code, level) -> tsv.append(code).append('\t').append(level).append('\n'));
    Path file = dir.resolve("stricter.tsv");
    Files.writeString(file, tsv);
    return file;
  }

  private static Map<String, Integer> levels(Path parameters) throws Exception {
    Map<String, Integer> out = new LinkedHashMap<>();
    LabelEngine.builder().edition(YEAR).parameters(parameters).build().evaluateAll(list)
        .forEach(d -> out.put(d.collectivity().code(), d.arobases()));
    return out;
  }

  @Test
  void calibratesInFrenchAndWritesAFileRateAccepts() throws Exception {
    Path awards = stricterAwards();
    Path out = dir.resolve("calibrated.properties");
    CliRun run = CliRun.of("calibrate", "--awards", awards.toString(), "--out", out.toString(), "--no-geography",
        dossiers.toString());
    assertEquals(0, run.exit(), run.err() + " (dossier seeds from " + SEED + ")");
    assertTrue(run.out().contains("120 dossiers récompensés du millésime 2022"), run.out());
    assertTrue(run.out().contains("validation croisée (5 plis, graine 0)"), run.out());
    assertTrue(run.out().contains("paramètres changés"), run.out());
    assertTrue(run.out().contains("une proposition pour le jury"), run.out());
    assertTrue(Files.readString(out).contains("level.5.VILLE.minScore="));
    CliRun rated = CliRun.of("rate", "--format", "json", "--parameters", out.toString(), "--no-geography",
        dossiers.toString());
    assertEquals(0, rated.exit(), rated.err());
    assertTrue(rated.out().contains("-calibrated\""), "the decisions carry the calibrated version");
    Path one = dir.resolve("one.json");
    Files.writeString(one, LabelJson.standard().write(list.get(0)));
    CliRun report = CliRun.of("report", "--parameters", out.toString(), "--no-geography", "--out",
        dir.resolve("one.html").toString(), one.toString());
    assertEquals(0, report.exit(), report.err());
    CliRun palmares = CliRun.of("palmares", "--parameters", out.toString(), dossiers.toString());
    assertTrue(palmares.exit() <= 1, palmares.err());
    assertTrue(!palmares.err().contains("--parameters"), palmares.err());
    CliRun english = CliRun.of("--lang", "en", "calibrate", "--awards", awards.toString(), "--out", out.toString(),
        "--no-geography", dossiers.toString());
    assertEquals(0, english.exit(), english.err());
    assertTrue(english.out().contains("120 awarded dossiers of the millésime 2022"), english.out());
    assertTrue(english.out().contains("cross-validated (5 folds, seed 0)"), english.out());
  }

  @Test
  void calibratesInJson() throws Exception {
    Path out = dir.resolve("json.properties");
    CliRun run = CliRun.of("calibrate", "--format", "json", "--awards", stricterAwards().toString(), "--out",
        out.toString(), "--no-geography", "--folds", "4", "--seed", "3", dossiers.toString());
    assertEquals(0, run.exit(), run.err());
    String json = run.out();
    assertTrue(Pattern.compile("\"agreement\": \\{\"dossiers\": 120, \"exact\": [01](\\.\\d+)?, \"withinOne\": [01](\\.\\d+)?\\}")
        .matcher(json).find(), json);
    assertTrue(json.contains("\"crossValidated\": {\"dossiers\": 120, \"exact\": "), json);
    assertTrue(Pattern.compile("\"confusion\": \\[(\\[\\d+(, \\d+){4}\\](, )?){5}\\]").matcher(json).find(), json);
    assertTrue(Pattern.compile("\"changes\": \\[\\{\"key\": \"level\\.\\d\\.[A-Z]+\\.min[A-Za-z]+\", \"old\": \"[^\"]+\", "
        + "\"new\": \"[^\"]+\"\\}").matcher(json).find(), json);
    assertTrue(json.contains("\"folds\": 4") && json.contains("\"seed\": 3"), json);
  }

  @Test
  void badAwardsFileSaysWhereAndExitsOne() throws Exception {
    String known = decisions.get(0).collectivity().code();
    Path awards = dir.resolve("bad.tsv");
    Files.writeString(awards, "code\tarobases\n" + known + "\t3\n" + known + "\t2\n99999\t7\n");
    Path out = dir.resolve("never.properties");
    CliRun run = CliRun.of("calibrate", "--awards", awards.toString(), "--out", out.toString(), "--no-geography",
        dossiers.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains(awards + ":3: " + known + ": récompensée deux fois (d'abord en " + awards + ":2)"),
        run.err());
    assertTrue(run.err().contains(awards + ":4: 99999: le niveau est"), run.err());
    assertTrue(run.err().contains("7"), run.err());
    assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), run.err());
    assertTrue(Files.notExists(out));
    Files.writeString(awards, "code\tarobases\n" + known + "\t3\n99999\t2\n");
    CliRun unknown = CliRun.of("--lang", "en", "calibrate", "--awards", awards.toString(), "--out", out.toString(),
        "--no-geography", dossiers.toString());
    assertEquals(1, unknown.exit(), unknown.err());
    assertTrue(unknown.err().contains(awards + ":3: 99999: no dossier of this collectivité"), unknown.err());
    Files.writeString(awards, "insee\tlevel\n");
    assertEquals(1, CliRun.of("calibrate", "--awards", awards.toString(), "--out", out.toString(), "--no-geography",
        dossiers.toString()).exit());
    CliRun missing = CliRun.of("calibrate", "--awards", dir.resolve("none.tsv").toString(), "--out", out.toString(),
        dossiers.toString());
    assertEquals(2, missing.exit(), missing.err());
    assertEquals(2, CliRun.of("calibrate", "--out", out.toString(), dossiers.toString()).exit());
    assertEquals(2, CliRun.of("rate", "--parameters", dir.resolve("none.properties").toString(), dossiers.toString())
        .exit());
  }

  @Test
  void auditReportsAPlantedInversion() throws Exception {
    Decision better = null;
    Decision weaker = null;
    for (Decision a : decisions) {
      for (Decision b : decisions) {
        if (a.collectivity().category() == b.collectivity().category() && a.mosaic().score() > b.mosaic().score()
            && a.mosaic().coveredEnjeux() > b.mosaic().coveredEnjeux()
            && a.mosaic().coveredAxes() >= b.mosaic().coveredAxes() && covered(a).containsAll(covered(b))
            && b.arobases() >= 2) {
          better = a;
          weaker = b;
        }
      }
    }
    assertTrue(better != null, "no pair to plant an inversion in (dossier seeds from " + SEED + ")");
    StringBuilder tsv = new StringBuilder("code\tarobases\n");
    for (Decision d : decisions) {
      int level = d == better ? weaker.arobases() - 1 : d.arobases();
      tsv.append(d.collectivity().code()).append('\t').append(level).append('\n');
    }
    Path awards = dir.resolve("planted.tsv");
    Files.writeString(awards, tsv);
    CliRun json = CliRun.of("jury", "audit", "--format", "json", "--awards", awards.toString(), "--no-geography",
        dossiers.toString());
    assertEquals(0, json.exit(), json.err());
    String a = Pattern.quote(better.collectivity().code());
    String b = Pattern.quote(weaker.collectivity().code());
    assertTrue(Pattern.compile("\\{\"higher\": \\{\"code\": \"" + a + "\"[^}]*\\}, \"lower\": \\{\"code\": \"" + b + "\"")
        .matcher(json.out()).find(), json.out());
    CliRun text = CliRun.of("jury", "audit", "--awards", awards.toString(), "--no-geography", dossiers.toString());
    assertEquals(0, text.exit(), text.err());
    assertTrue(text.out().contains(better.collectivity().code() + " " + better.collectivity().name() + " ("
        + (weaker.arobases() - 1) + " @) a une mosaïque au moins aussi bonne que " + weaker.collectivity().code()),
        text.out());
    assertTrue(text.out().contains("120 dossiers récompensés comparés"), text.out());
  }

  @Test
  void readsJuryRecordsAndWarnsWhenTooFew() throws Exception {
    List<String> paths;
    try (var files = Files.list(Path.of("dossiers"))) {
      paths = files.map(Path::toString).filter(f -> f.endsWith("-2022.json")).sorted().toList();
    }
    String records = Path.of("jury", "records-2022.json").toString();
    List<String> args = new ArrayList<>(List.of("--lang", "en", "calibrate", "--format", "json", "--records", records,
        "--out", dir.resolve("records.properties").toString()));
    args.addAll(paths);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\"dossiers\": 5,"), run.out());
    assertTrue(run.out().contains("\"kind\": \"TOO_FEW_DOSSIERS\""), run.out());
    List<String> audit = new ArrayList<>(List.of("--lang", "en", "jury", "audit", "--records", records));
    audit.addAll(paths);
    CliRun audited = CliRun.of(audit.toArray(String[]::new));
    assertEquals(0, audited.exit(), audited.err());
    assertTrue(audited.out().startsWith("5 awarded dossiers compared, 0 inversions"), audited.out());
  }

  private static Set<String> covered(Decision d) {
    Set<String> out = new HashSet<>();
    d.mosaic().enjeux().stream().filter(EnjeuScore::covered).forEach(e -> out.add(e.code()));
    return out;
  }
}
