package org.arobase.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arobase.core.LabelData;
import org.arobase.core.jury.EffectiveResult;
import picocli.CommandLine.Option;

/** The options of the commands that rate: user rule files and parameters. */
final class RatingOptions {

  @Option(names = "--rules", paramLabel = "FILE.drl",
      description = "A rule file to add, or to replace the bundled file of the same name (repeatable).")
  List<Path> rules = new ArrayList<>();

  @Option(names = "--parameters", paramLabel = "FILE",
      description = "A parameters file of one's own (e.g. written by arobase calibrate) instead of the data's "
          + "parameters of the millésime (docs/CALIBRATION.md).")
  Path parameters;

  /**
   * @param data the data of the millésimes
   * @param likelyEdition the millésime to start compiling at once
   * @param geography whether dossiers are checked against the official geography
   * @param locale the language of the decisions' words
   * @return the rating, its rules compiling in the background
   */
  Rating start(LabelData data, int likelyEdition, boolean geography, java.util.Locale locale) {
    return new Rating(rules, parameters, data, likelyEdition, geography, locale);
  }

  /** The jury's records, for the commands whose results the award replaces. */
  static final class Records {
    @Option(names = "--records", paramLabel = "RECORDS",
        description = "The jury's records: a dossier's award replaces the engine's proposal (repeatable).")
    List<String> paths = new ArrayList<>();

    /**
     * Reads the records; each file or record that cannot be used is printed on standard error and
     * makes the run's exit code 1, the valid ones still apply.
     *
     * @return the result that counts for each decision: the award where there is one
     */
    java.util.function.Function<org.arobase.core.decision.Decision, EffectiveResult> read(java.io.InputStream stdin,
        Run run) {
      var result = JuryCommand.readRecords(paths, stdin, run.err());
      if (!result.allValid()) {
        run.unusedReported(Math.max(1, result.problems().size()));
      }
      return result.awards();
    }
  }
}
