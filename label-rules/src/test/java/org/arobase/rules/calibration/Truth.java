package org.arobase.rules.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.arobase.core.Dossier;
import org.arobase.core.LabelData;
import org.arobase.core.decision.Decision;
import org.arobase.rules.LabelEngine;
import org.arobase.rules.ParametersFile;
import org.arobase.rules.facts.LevelParameter;
import org.arobase.testing.DossierGenerator;

/** Ground truth the tests control: generated dossiers, hidden parameters, the awards they give. */
final class Truth {

  static final int YEAR = 2022;

  private Truth() {}

  /** @return {@code n} generated dossiers of distinct collectivités, from seeds {@code seed, seed + 1, ...} */
  static List<Dossier> dossiers(long seed, int n, Set<String> taken) {
    DossierGenerator generator = DossierGenerator.forEdition(YEAR);
    List<Dossier> out = new ArrayList<>();
    for (long s = seed; out.size() < n; s++) {
      Dossier d = generator.dossier(s);
      if (taken.add(d.collectivity().code())) {
        out.add(d);
      }
    }
    return out;
  }

  static List<Dossier> dossiers(long seed, int n) {
    return dossiers(seed, n, new HashSet<>());
  }

  static ParametersFile bundled() {
    return ParametersFile.of(LabelData.bundled(), LabelData.bundled().edition(YEAR));
  }

  /**
   * A hidden jury systematically stricter than the bundled method: every level asks a few more
   * percents of score and, from 3@, one more enjeu.
   */
  static Path stricter(Path dir) {
    Map<String, String> changed = new LinkedHashMap<>();
    for (LevelParameter p : bundled().levels()) {
      String key = "level." + p.level() + "." + p.category() + ".";
      changed.put(key + "minScore", Calibration.fraction(p.minScore() + 0.02 + 0.01 * (p.level() - 2)));
      if (p.level() >= 3) {
        changed.put(key + "minEnjeux", String.valueOf(Math.min(16, p.minEnjeux() + 1)));
      }
    }
    return write(dir.resolve("hidden.properties"), changed);
  }

  /** @return random level criteria, never decreasing from one level to the next */
  static Path random(Path dir, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Map<String, String> changed = new LinkedHashMap<>();
    for (var category : org.arobase.core.Category.values()) {
      int score = 0;
      int enjeux = 0;
      int axes = 0;
      for (int level = 2; level <= 5; level++) {
        score += r.nextInt(12);
        enjeux = Math.min(16, enjeux + r.nextInt(5));
        axes = Math.min(4, axes + r.nextInt(2));
        String key = "level." + level + "." + category + ".";
        changed.put(key + "minScore", Calibration.fraction(score / 100.0));
        changed.put(key + "minEnjeux", String.valueOf(enjeux));
        changed.put(key + "minAxes", String.valueOf(axes));
      }
    }
    return write(dir.resolve("random-" + seed + ".properties"), changed);
  }

  private static Path write(Path file, Map<String, String> changed) {
    try {
      Files.writeString(file, bundled().text(changed, List.of("test parameters")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the level the engine gives each dossier with these parameters, by code */
  static Map<String, Integer> awards(Path parameters, List<Dossier> dossiers) {
    LabelEngine.Builder b = LabelEngine.builder().edition(YEAR);
    if (parameters != null) {
      b.parameters(parameters);
    }
    LabelEngine engine = b.build();
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Decision d : engine.evaluateAll(dossiers)) {
      out.put(d.collectivity().code(), d.arobases());
    }
    return out;
  }

  /** @return the awards with a share of them moved by one arobase, within 1..5 */
  static Map<String, Integer> noisy(Map<String, Integer> awards, double share, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Map<String, Integer> out = new HashMap<>();
    awards.forEach((code, level) -> {
      int l = level;
      if (r.nextDouble() < share) {
        l = level == 1 ? 2 : level == 5 ? 4 : level + (r.nextBoolean() ? 1 : -1);
      }
      out.put(code, l);
    });
    return out;
  }

  /** @return the fractions exact and within one of {@code predicted} against {@code awarded} */
  static double[] agreement(Map<String, Integer> predicted, Map<String, Integer> awarded) {
    int exact = 0;
    int within = 0;
    for (var e : awarded.entrySet()) {
      int diff = Math.abs(predicted.get(e.getKey()) - e.getValue());
      exact += diff == 0 ? 1 : 0;
      within += diff <= 1 ? 1 : 0;
    }
    return new double[] {exact / (double) awarded.size(), within / (double) awarded.size()};
  }
}
