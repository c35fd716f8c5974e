package org.arobase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.arobase.rules.calibration.Calibration;
import org.arobase.rules.calibration.CalibrationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arobase calibrate}: the level criteria that best reproduce the jury's awards (docs/CALIBRATION.md). */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {"Search the level criteria per category that best reproduce the levels the jury awarded, and write",
        "them as a parameters file for --parameters (rate, report, palmares): a proposal for the jury, not the jury.",
        "Reports the agreement, cross-validated, the confusion matrix and the parameters changed.",
        "Exit code 0 when every input is used, 1 for bad data (awards file, dossiers), 2 for a wrong command line."})
final class CalibrateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  org.arobase.cli.jury.JuryCli.Format format = org.arobase.cli.jury.JuryCli.Format.text;

  @Mixin Calibrating.AwardOptions awards;

  @Option(names = "--out", paramLabel = "PARAMS", required = true, description = "The parameters file to write.")
  Path out;

  @Option(names = "--parameters", paramLabel = "BASE",
      description = "The parameters to start from and to prefer (default: the data's parameters of the millésime).")
  Path base;

  @Option(names = "--folds", paramLabel = "K", description = "Folds of the cross-validation (default: ${DEFAULT-VALUE}).")
  int folds = 5;

  @Option(names = "--seed", paramLabel = "N",
      description = "The seed that shares the dossiers out among the folds (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin DossierOptions dossiers;

  @Override
  public Integer call() {
    Arobase root = (Arobase) spec.root().userObject();
    Run run = Run.of(spec);
    Calibration calibration = Calibrating.prepare(root, run, awards, dossiers, base, folds, seed);
    if (calibration == null) {
      return run.finish(Arobase.INVALID);
    }
    CalibrationResult result = calibration.run();
    try {
      result.write(out);
    } catch (IOException e) {
      throw new UsageException("--out " + out + ": cannot write: " + Terminal.describe(e));
    }
    PrintWriter o = spec.commandLine().getOut();
    o.print(format == org.arobase.cli.jury.JuryCli.Format.json ? Calibrating.json(result, out) + "\n" : Calibrating.text(result, out, run.messages()));
    o.flush();
    return run.finish(Arobase.OK);
  }
}
