package org.arobase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.arobase.cli.jury.JuryCli;
import org.arobase.cli.jury.JuryRecordsReader;
import org.arobase.core.jury.JuryRecord;
import org.arobase.core.jury.PlannedDossier;
import org.arobase.json.DossierResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code arobase jury}: the jury's binômes and how far its awards depart from the engine. */
@Command(name = "jury", mixinStandardHelpOptions = true,
    description = "The jury's workflow: plan the binômes, report the departures of the awards from the engine.",
    subcommands = {JuryCommand.Plan.class, JuryCommand.Report.class})
final class JuryCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: plan or report");
  }

  /** {@code arobase jury plan}. */
  @Command(name = "plan", mixinStandardHelpOptions = true,
      description = {"Form binômes from the jurors and share out the dossiers: every dossier to exactly one binôme,",
          "no juror on a dossier they conflict with, workloads (initiatives to read) balanced."})
  static final class Plan implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    JuryCli.Format format = JuryCli.Format.text;

    @Option(names = "--jurors", paramLabel = "FILE", required = true, description = "The jurors and their conflicts of interest (JSON).")
    Path jurors;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the plan; the same seed gives the same plan (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "The dossiers: files, arrays, directories, or -.")
    List<String> paths;

    @Override
    public Integer call() {
      Arobase root = (Arobase) spec.root().userObject();
      var err = spec.commandLine().getErr();
      List<DossierResult> read = DossierReading.read(paths, root.in,
          Optional.of(DossierReading.validator(true, root.data())), Optional.empty(), root.data());
      List<PlannedDossier> planned = new ArrayList<>();
      boolean allValid = true;
      for (DossierResult r : read) {
        if (r.isValid() && r.dossier().isPresent()) {
          planned.add(PlannedDossier.of(r.source(), r.dossier().get()));
        } else {
          allValid = false;
          ValidateCommand.printText(List.of(r), err);
        }
      }
      int code = JuryCli.plan(jurors, planned, seed, format, spec.commandLine().getOut(), err);
      return code == Arobase.OK && !allValid ? Arobase.INVALID : code;
    }
  }

  /** {@code arobase jury report}. */
  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "How often and by how much the jury's awards depart from the engine, by level and by category.")
  static final class Report implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    JuryCli.Format format = JuryCli.Format.text;

    @Parameters(paramLabel = "RECORDS", arity = "1..*", description = "Jury record files, directories of them, or -.")
    List<String> records;

    @Override
    public Integer call() {
      Arobase root = (Arobase) spec.root().userObject();
      return JuryCli.report(read(records, root.in), format, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }

  /** Reads jury record files; the problems of each are in the result. */
  static JuryRecordsReader.Result read(List<String> paths, InputStream stdin) {
    JuryRecordsReader reader = new JuryRecordsReader();
    for (Inputs.Input input : Inputs.expand(paths)) {
      try (InputStream in = input.open(stdin)) {
        reader.add(input.name(), in);
      } catch (IOException e) {
        throw new UsageException("cannot read " + input.name() + ": " + e.getMessage());
      }
    }
    return reader.result();
  }

  /** The jury's records of the {@code --records} option of palmarès and figures, valid ones only. */
  static List<JuryRecord> records(List<String> paths, InputStream stdin, java.io.PrintWriter err) {
    if (paths.isEmpty()) {
      return List.of();
    }
    JuryRecordsReader.Result result = read(paths, stdin);
    result.problems().forEach(err::println);
    return result.records();
  }
}
