package org.arobase.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.arobase.core.Dossier;
import org.arobase.core.LabelData;
import org.arobase.core.decision.Decision;
import org.arobase.rules.LabelEngine;
import org.arobase.rules.ParametersFile;
import org.arobase.rules.calibration.Agreement;
import org.arobase.rules.calibration.Calibration;
import org.arobase.rules.calibration.CalibrationResult;
import org.arobase.rules.facts.LevelParameter;
import org.arobase.testing.DossierGenerator;

/**
 * {@code arobase bench --calibrate}: calibrates on generated dossiers awarded by a hidden jury
 * stricter than the bundled method (3 points of score more at every level, one enjeu more from
 * 3@), times it, and checks the calibrated parameters on as many held-out dossiers again.
 */
public final class CalibrationBench {

  /** The millésime of the dossiers. */
  public static final int EDITION = 2022;

  /**
   * The figures.
   *
   * @param dossiers the dossiers calibrated on
   * @param rateMs rating them once through the engine, the rules already compiled
   * @param searchMs the search and its cross-validation
   * @param agreement on the dossiers calibrated on
   * @param crossValidated by 5-fold cross-validation
   * @param held the held-out dossiers
   * @param heldOut on the held-out dossiers, rated by the engine with the calibrated file
   */
  public record Report(int dossiers, long rateMs, long searchMs, Agreement agreement, Agreement crossValidated,
      int held, Agreement heldOut) {}

  private CalibrationBench() {}

  /**
   * @param dossiers how many dossiers to calibrate on (as many again are held out, at most 200)
   * @param progress where to say what is being done
   * @return the figures
   */
  public static Report run(int dossiers, Consumer<String> progress) {
    LabelData data = LabelData.bundled();
    DossierGenerator generator = DossierGenerator.forEdition(EDITION);
    Set<String> codes = new HashSet<>();
    int held = Math.min(200, dossiers);
    List<Dossier> all = new ArrayList<>();
    for (long seed = 1; all.size() < dossiers + held; seed++) {
      Dossier d = generator.dossier(seed * 7919);
      if (codes.add(d.collectivity().code())) {
        all.add(d);
      }
    }
    List<Dossier> train = all.subList(0, dossiers);
    List<Dossier> rest = all.subList(dossiers, all.size());
    try {
      Path dir = Files.createTempDirectory("arobase-calibrate");
      Path hidden = dir.resolve("hidden.properties");
      Path calibrated = dir.resolve("calibrated.properties");
      try {
        ParametersFile bundled = ParametersFile.of(data, data.edition(EDITION));
        Map<String, String> stricter = new TreeMap<>();
        for (LevelParameter p : bundled.levels()) {
          String key = "level." + p.level() + "." + p.category();
          stricter.put(key + ".minScore", String.format(Locale.ROOT, "%.2f", p.minScore() + 0.03));
          stricter.put(key + ".minEnjeux", String.valueOf(Math.min(16, p.minEnjeux() + (p.level() > 2 ? 1 : 0))));
        }
        Files.writeString(hidden, bundled.text(stricter, List.of("the hidden jury of arobase bench --calibrate")));
        progress.accept("awarding " + all.size() + " dossiers with the hidden jury");
        Map<String, Integer> awards = levels(hidden, all);
        progress.accept("calibrating on " + dossiers + " dossiers");
        long t0 = System.nanoTime();
        Map<String, Integer> trainAwards = new TreeMap<>();
        train.forEach(d -> trainAwards.put(d.collectivity().code(), awards.get(d.collectivity().code())));
        Calibration calibration = Calibration.builder().data(data).edition(EDITION).awards(trainAwards)
            .dossiers(train).build();
        long t1 = System.nanoTime();
        CalibrationResult result = calibration.run();
        long t2 = System.nanoTime();
        result.write(calibrated);
        progress.accept("checking on " + held + " held-out dossiers");
        Map<String, Integer> again = levels(calibrated, rest);
        int exact = 0;
        int within = 0;
        for (int i = 0; i < rest.size(); i++) {
          String code = rest.get(i).collectivity().code();
          int diff = Math.abs(again.get(code) - awards.get(code));
          exact += diff == 0 ? 1 : 0;
          within += diff <= 1 ? 1 : 0;
        }
        Agreement heldOut = new Agreement(rest.size(), exact / (double) rest.size(), within / (double) rest.size());
        return new Report(dossiers, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, result.agreement(),
            result.crossValidated(), held, heldOut);
      } finally {
        Files.deleteIfExists(hidden);
        Files.deleteIfExists(calibrated);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Integer> levels(Path parameters, List<Dossier> dossiers) {
    LabelEngine engine = LabelEngine.builder().edition(EDITION).parameters(parameters).build();
    Map<String, Integer> out = new TreeMap<>();
    for (Decision d : engine.evaluateAll(dossiers)) {
      out.put(d.collectivity().code(), d.arobases());
    }
    return out;
  }

  /** @return the figures as JSON */
  public static String json(Report r) {
    return String.format(Locale.ROOT, "{\"calibrationDossiers\": %d, \"rateMs\": %d, \"searchMs\": %d, "
        + "\"calibrationMs\": %d, \"exact\": %.4f, \"withinOne\": %.4f, \"crossValidatedExact\": %.4f, "
        + "\"crossValidatedWithinOne\": %.4f, \"heldOut\": %d, \"heldOutExact\": %.4f, \"heldOutWithinOne\": %.4f}",
        r.dossiers(), r.rateMs(), r.searchMs(), r.rateMs() + r.searchMs(), r.agreement().exact(),
        r.agreement().withinOne(), r.crossValidated().exact(), r.crossValidated().withinOne(), r.held(),
        r.heldOut().exact(), r.heldOut().withinOne());
  }

  /** @return the figures as text */
  public static String text(Report r) {
    return String.format(Locale.ROOT, "calibration: %d dossiers (millésime %d), hidden jury stricter than the bundled "
        + "method%n  rate once                    %,d ms%n  search and 5-fold CV         %,d ms%n"
        + "  calibration in all           %,d ms                       target well under 60,000 ms%n"
        + "  agreement                    %.1f %% exact, %.1f %% within one%n"
        + "  cross-validated              %.1f %% exact, %.1f %% within one%n"
        + "  %-28s %.1f %% exact, %.1f %% within one    target >= 85 %%, >= 98 %%",
        r.dossiers(), EDITION, r.rateMs(), r.searchMs(), r.rateMs() + r.searchMs(), r.agreement().exact() * 100,
        r.agreement().withinOne() * 100, r.crossValidated().exact() * 100, r.crossValidated().withinOne() * 100,
        "held out (" + r.held() + " dossiers)", r.heldOut().exact() * 100, r.heldOut().withinOne() * 100);
  }
}
