package org.arobase.rules.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arobase.core.Category;
import org.arobase.core.Dossier;
import org.arobase.rules.LabelEngine;
import org.arobase.rules.ParametersFile;
import org.arobase.rules.facts.LevelParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {

  private static final long TRAIN_SEED = 17_000;
  private static final long HELD_SEED = 917_000;

  @TempDir Path dir;

  /** 300 dossiers to calibrate on, 200 others held out, and the hidden stricter jury's parameters. */
  private record Split(List<Dossier> train, List<Dossier> held, Path hidden) {}

  private Split split() {
    Set<String> taken = new HashSet<>();
    return new Split(Truth.dossiers(TRAIN_SEED, 300, taken), Truth.dossiers(HELD_SEED, 200, taken), Truth.stricter(dir));
  }

  /** The must-show: a hidden stricter jury, 300 dossiers to calibrate on, 200 held out. */
  @Test
  void recoversAStricterJuryOnHeldOutDossiers() throws Exception {
    Split s = split();
    Map<String, Integer> trainAwards = Truth.awards(s.hidden(), s.train());
    Map<String, Integer> heldAwards = Truth.awards(s.hidden(), s.held());
    CalibrationResult result = Calibration.builder().edition(Truth.YEAR).awards(trainAwards).dossiers(s.train())
        .seed(1).build().run();
    Path out = dir.resolve("calibrated.properties");
    result.write(out);
    double[] onHeld = Truth.agreement(Truth.awards(out, s.held()), heldAwards);
    String seeds = " (dossier seeds from " + TRAIN_SEED + " and " + HELD_SEED + "; held out: exact " + onHeld[0]
        + ", within one " + onHeld[1] + "; cross-validated " + result.crossValidated() + "; base " + result.base() + ")";
    System.out.println("calibration on 300 dossiers, 200 held out" + seeds + "; changes " + result.changes());
    assertTrue(onHeld[0] >= 0.85, "exact on held-out dossiers" + seeds);
    assertTrue(onHeld[1] >= 0.98, "within one on held-out dossiers" + seeds);
    assertTrue(Math.abs(result.crossValidated().exact() - onHeld[0]) <= 0.06, "cross-validated close" + seeds);
    assertTrue(result.crossValidated().withinOne() >= 0.97, "cross-validated within one" + seeds);
    assertTrue(result.base().exact() < result.agreement().exact(), "the base is not the hidden jury" + seeds);
    assertFalse(result.changes().isEmpty(), seeds);
    assertTrue(result.warnings().isEmpty(), seeds);
    assertEquals(300, result.confusion().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum());
  }

  /** The search never disagrees with rate: the Java level equals the engine's, for any criteria. */
  @Test
  void javaLevelIsTheEnginesLevel() {
    List<Dossier> dossiers = Truth.dossiers(TRAIN_SEED, 300);
    Map<String, Integer> all = new HashMap<>();
    dossiers.forEach(d -> all.put(d.collectivity().code(), 1));
    Calibration calibration = Calibration.builder().awards(all).dossiers(dossiers).build();
    assertEquals(calibration.engineLevels(), calibration.javaLevels(), "bundled parameters, seeds from " + TRAIN_SEED);
    for (long seed = 1; seed <= 8; seed++) {
      Path file = Truth.random(dir, seed);
      Map<String, Integer> engine = Truth.awards(file, dossiers);
      Map<Category, Grid> grids = new HashMap<>();
      for (Category c : Category.values()) {
        grids.put(c, Grid.of(c, ParametersFile.read(file, calibration.edition()).levels()));
      }
      for (Case c : calibration.cases()) {
        assertEquals(engine.get(c.code()), grids.get(c.category()).level(c),
            "dossier " + c.code() + " with the random criteria of seed " + seed + " (dossier seeds from " + TRAIN_SEED + ")");
      }
    }
  }

  @Test
  void noisyAwardsStillGiveTheHiddenGrid() throws Exception {
    Split s = split();
    Map<String, Integer> noisy = Truth.noisy(Truth.awards(s.hidden(), s.train()), 0.1, 5);
    CalibrationResult result = Calibration.builder().awards(noisy).dossiers(s.train()).seed(2).build().run();
    Path out = dir.resolve("noisy.properties");
    result.write(out);
    double[] onHeld = Truth.agreement(Truth.awards(out, s.held()), Truth.awards(s.hidden(), s.held()));
    String seeds = " (noise seed 5, dossier seeds from " + TRAIN_SEED + " and " + HELD_SEED + "; exact " + onHeld[0]
        + ", within one " + onHeld[1] + ")";
    assertTrue(onHeld[0] >= 0.8, "exact against the noiseless jury" + seeds);
    assertTrue(onHeld[1] >= 0.97, "within one" + seeds);
    assertTrue(result.agreement().exact() < 0.97, "the noise cannot be reproduced" + seeds);
  }

  @Test
  void thresholdsNeverDecreaseAndAreRounded() throws Exception {
    List<Dossier> dossiers = Truth.dossiers(TRAIN_SEED, 200);
    Map<String, Integer> random = Truth.noisy(Truth.awards(null, dossiers), 0.6, 9);
    CalibrationResult result = Calibration.builder().awards(random).dossiers(dossiers).build().run();
    for (Category category : Category.values()) {
      LevelParameter previous = null;
      for (LevelParameter p : result.levels().stream().filter(l -> l.category() == category).toList()) {
        if (previous != null) {
          assertTrue(p.minScore() >= previous.minScore(), p + " after " + previous + " (noise seed 9)");
          assertTrue(p.minEnjeux() >= previous.minEnjeux(), p + " after " + previous);
          assertTrue(p.minAxes() >= previous.minAxes(), p + " after " + previous);
        }
        assertTrue(p.minEnjeux() >= 0 && p.minEnjeux() <= 16 && p.minAxes() >= 0 && p.minAxes() <= 4, p.toString());
        previous = p;
      }
    }
    for (Change c : result.changes()) {
      if (c.key().endsWith("minScore")) {
        assertTrue(c.after().matches("0(\\.\\d{1,2})?|1"), c.toString());
      }
    }
  }

  @Test
  void parametersFileRoundTripsThroughTheEngine() throws Exception {
    List<Dossier> dossiers = Truth.dossiers(TRAIN_SEED, 150);
    Map<String, Integer> awards = Truth.awards(Truth.stricter(dir), dossiers);
    CalibrationResult result = Calibration.builder().awards(awards).dossiers(dossiers).build().run();
    Path out = dir.resolve("round.properties");
    result.write(out);
    LabelEngine engine = LabelEngine.builder().edition(Truth.YEAR).parameters(out).build();
    assertTrue(engine.provenance().parametersVersion().endsWith("-calibrated"));
    double[] again = Truth.agreement(Truth.awards(out, dossiers), awards);
    assertEquals(result.agreement().exact(), again[0], 1e-9, "the engine with the file agrees as the search said");
    assertEquals(result.agreement().withinOne(), again[1], 1e-9);
    assertEquals(result.levels(), ParametersFile.read(out, engine.edition()).levels());
    for (Change c : result.changes()) {
      assertEquals(c.after(), ParametersFile.read(out, engine.edition()).values().get(c.key()), c.key());
    }
  }

  @Test
  void prefersTheBaseWhenItFits() {
    List<Dossier> dossiers = Truth.dossiers(TRAIN_SEED, 150);
    CalibrationResult result = Calibration.builder().awards(Truth.awards(null, dossiers)).dossiers(dossiers).build().run();
    assertEquals(List.of(), result.changes());
    assertEquals(1.0, result.agreement().exact());
    assertEquals(1.0, result.base().exact());
  }

  @Test
  void warnsWhenTooFew() {
    List<Dossier> dossiers = Truth.dossiers(TRAIN_SEED, 12);
    CalibrationResult result = Calibration.builder().awards(Truth.awards(null, dossiers)).dossiers(dossiers).build().run();
    assertTrue(result.warnings().stream().anyMatch(w -> w.kind() == CalibrationWarning.Kind.TOO_FEW_DOSSIERS),
        result.warnings().toString());
  }

  @Test
  void auditReportsAPlantedInversion() {
    List<Dossier> dossiers = Truth.dossiers(TRAIN_SEED, 200);
    Map<String, Integer> awards = new HashMap<>(Truth.awards(null, dossiers));
    Calibration clean = Calibration.builder().awards(awards).dossiers(dossiers).build();
    Case better = null;
    Case weaker = null;
    for (Case a : clean.cases()) {
      for (Case b : clean.cases()) {
        if (a.category() == b.category() && a.score() > b.score() && a.enjeux() > b.enjeux() && a.axes() >= b.axes()
            && a.covered().containsAll(b.covered()) && b.award() >= 2 && a.award() >= b.award()) {
          better = a;
          weaker = b;
        }
      }
    }
    assertTrue(better != null, "no pair to plant an inversion in (dossier seeds from " + TRAIN_SEED + ")");
    awards.put(better.code(), weaker.award() - 1);
    Audit audit = Calibration.builder().awards(awards).dossiers(dossiers).build().audit();
    String a = better.code();
    String b = weaker.code();
    Inversion planted = audit.inversions().stream()
        .filter(i -> i.higher().code().equals(a) && i.lower().code().equals(b)).findFirst().orElseThrow();
    assertTrue(planted.better().containsAll(List.of("score", "coveredEnjeux")), planted.toString());
    assertEquals(weaker.award() - 1, planted.higher().arobases());
    assertEquals(weaker.award(), planted.lower().arobases());
  }

  @Test
  void awardsFileProblemsNameTheirLines() {
    String text = "code\tarobases\n21231\t3\n21231\t4\n33063\t6\n75056\n\t2\n";
    CalibrationException e = assertThrows(CalibrationException.class,
        () -> AwardsTable.read("awards.tsv", new StringReader(text)));
    assertEquals(List.of(AwardsTable.Problem.Kind.DUPLICATE, AwardsTable.Problem.Kind.LEVEL,
        AwardsTable.Problem.Kind.COLUMNS, AwardsTable.Problem.Kind.NO_CODE),
        e.problems().stream().map(AwardsTable.Problem::kind).toList());
    assertEquals(List.of(3, 4, 5, 6), e.problems().stream().map(AwardsTable.Problem::line).toList());
    assertEquals("awards.tsv:3: 21231: awarded twice (first at awards.tsv:2)", e.problems().get(0).message());
    CalibrationException header = assertThrows(CalibrationException.class,
        () -> AwardsTable.read("a.tsv", new StringReader("insee\tlevel\n")));
    assertEquals(AwardsTable.Problem.Kind.HEADER, header.problems().get(0).kind());
  }

  @Test
  void unknownCodesAreRefused() throws Exception {
    List<Dossier> dossiers = Truth.dossiers(TRAIN_SEED, 5);
    Path file = dir.resolve("awards.tsv");
    Files.writeString(file, "code\tarobases\n" + dossiers.get(0).collectivity().code() + "\t2\n99999\t3\n");
    AwardsTable awards = AwardsTable.read(file.toString(), Files.newBufferedReader(file));
    CalibrationException e = assertThrows(CalibrationException.class,
        () -> Calibration.builder().awards(awards).dossiers(dossiers).build());
    assertEquals(1, e.problems().size());
    assertEquals(AwardsTable.Problem.Kind.UNKNOWN_CODE, e.problems().get(0).kind());
    assertEquals(3, e.problems().get(0).line());
    assertEquals("99999", e.problems().get(0).code());
  }
}
