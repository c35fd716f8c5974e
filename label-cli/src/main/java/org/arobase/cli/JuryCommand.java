package org.arobase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
    subcommands = {JuryCommand.Plan.class, JuryCommand.Report.class, JuryCommand.Audit.class})
final class JuryCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: plan, report or audit");
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

    @Option(names = "--edition", paramLabel = "YEAR",
        description = {"Plan the dossiers of this millésime only (the others are left out, with a note).",
            "Without it, dossiers of several millésimes are refused: one plan is for one jury meeting."})
    Integer edition;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the plan; the same seed gives the same plan (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "The dossiers: files, arrays, directories, or -.")
    List<String> paths;

    @Override
    public Integer call() {
      Arobase root = (Arobase) spec.root().userObject();
      var err = spec.commandLine().getErr();
      List<DossierResult> read = DossierReading.read(paths, root.in,
          Optional.of(DossierReading.validator(true, root.data(), root.locale())), Optional.empty(), root.data(), root.locale());
      Map<Integer, List<PlannedDossier>> byEdition = new TreeMap<>();
      Run run = Run.of(spec);
      boolean allValid = true;
      for (DossierResult r : read) {
        if (r.isValid() && r.dossier().isPresent()) {
          byEdition.computeIfAbsent(r.dossier().get().edition(), k -> new ArrayList<>())
              .add(PlannedDossier.of(r.source(), r.dossier().get()));
        } else {
          allValid = false;
          ValidateCommand.printText(List.of(r), err, run);
        }
      }
      List<PlannedDossier> planned;
      if (edition != null) {
        planned = byEdition.getOrDefault(edition, List.of());
        if (planned.isEmpty()) {
          err.println("arobase: no jury plan: no valid dossier of the millésime " + edition
              + (byEdition.isEmpty() ? "" : " (the dossiers are of " + editions(byEdition) + ")"));
          return Arobase.INVALID;
        }
        byEdition.forEach((year, dossiers) -> {
          if (!year.equals(edition)) {
            err.println("arobase: " + count(dossiers.size()) + " of the millésime " + year + " left out of the plan of "
                + edition + ": " + String.join(", ", dossiers.stream().map(PlannedDossier::key).toList()));
          }
        });
      } else if (byEdition.size() > 1) {
        err.println("arobase: no jury plan: the dossiers are of several millésimes, " + editions(byEdition)
            + "; one plan is for one jury meeting, of one millésime: choose it with --edition YEAR");
        return Arobase.INVALID;
      } else {
        planned = byEdition.values().stream().findFirst().orElse(List.of());
      }
      int code = JuryCli.plan(jurors, planned, seed, format, spec.commandLine().getOut(), err);
      return code == Arobase.OK && !allValid ? Arobase.INVALID : code;
    }

    /** « 2020 (2 dossiers), 2022 (7 dossiers) ». */
    private static String editions(Map<Integer, List<PlannedDossier>> byEdition) {
      List<String> out = new ArrayList<>();
      byEdition.forEach((year, dossiers) -> out.add(year + " (" + count(dossiers.size()) + ")"));
      return String.join(", ", out);
    }

    private static String count(int n) {
      return n + (n == 1 ? " dossier" : " dossiers");
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

  /** {@code arobase jury audit}. */
  @Command(name = "audit", mixinStandardHelpOptions = true,
      description = {"The inversions among the awards: pairs of dossiers of one category where one's mosaïque is at least",
          "as good on every criterion (global score, enjeux covered, axes covered, required enjeux) and strictly",
          "better on one, yet was awarded fewer @. Exit code 0 when every input is used, 1 for bad data, 2 for a",
          "wrong command line."})
  static final class Audit implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    JuryCli.Format format = JuryCli.Format.text;

    @picocli.CommandLine.Mixin Calibrating.AwardOptions awards;

    @Option(names = "--parameters", paramLabel = "BASE",
        description = "The parameters whose required enjeux are compared (default: the data's of the millésime).")
    Path base;

    @picocli.CommandLine.Mixin DossierOptions dossiers;

    @Override
    public Integer call() {
      Arobase root = (Arobase) spec.root().userObject();
      Run run = Run.of(spec);
      var calibration = Calibrating.prepare(root, run, awards, dossiers, base, 5, 0);
      if (calibration == null) {
        return run.finish(Arobase.INVALID);
      }
      var audit = calibration.audit();
      var out = spec.commandLine().getOut();
      out.print(format == JuryCli.Format.json ? Calibrating.json(audit) + "\n" : Calibrating.text(audit, run.messages()));
      out.flush();
      return run.finish(Arobase.OK);
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

  /**
   * Reads the jury's records of the {@code --records} option of palmarès and figures. A file
   * that does not exist or cannot be read, a file that is not valid JSON of records, an invalid
   * record: each is printed on {@code err} as {@code arobase: --records FILE[ POINTER]: problem},
   * and the others still apply; {@link JuryRecordsReader.Result#allValid()} then says that the command must
   * exit with {@link Arobase#INVALID}. Nothing is thrown.
   *
   * @param paths the {@code --records} arguments (files, directories, {@code -}); none reads nothing
   * @param stdin standard input, for {@code -}
   * @param err standard error
   * @return the valid records ({@link JuryRecordsReader.Result#awards()} gives the result that
   *     counts) and the problems
   */
  static JuryRecordsReader.Result readRecords(List<String> paths, InputStream stdin, java.io.PrintWriter err) {
    JuryRecordsReader reader = new JuryRecordsReader();
    boolean stdinRead = false;
    for (String path : paths) {
      if (path.equals("-")) {
        if (stdinRead) {
          reader.unreadable("-", "standard input (-) can be read only once");
          continue;
        }
        stdinRead = true;
      }
      List<Inputs.Input> inputs;
      List<String> skipped = new ArrayList<>();
      try {
        inputs = Inputs.expand(List.of(path), skipped::add);
      } catch (UsageException e) {
        reader.unreadable(path, e.getMessage());
        continue;
      }
      skipped.forEach(problem -> reader.unreadable(path, problem));
      for (Inputs.Input input : inputs) {
        try (InputStream in = input.open(stdin)) {
          reader.add(input.name(), in);
        } catch (IOException | java.io.UncheckedIOException e) {
          reader.unreadable(input.name(), "cannot be read: " + e.getMessage());
        }
      }
    }
    JuryRecordsReader.Result result = reader.result();
    result.problems().forEach(p -> err.println("arobase: --records " + p));
    err.flush();
    return result;
  }
}
