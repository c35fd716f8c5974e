package org.arobase.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.arobase.cli.palmares.PalmaresFormat;
import org.arobase.core.palmares.Palmares;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arobase palmares}: the published results by region, then by @, then by name. */
@Command(name = "palmares", mixinStandardHelpOptions = true,
    description = {"Print the palmarès by region, then by arobases from 5 to 1, then by name.",
        "A PATH is rated dossiers (files, arrays, directories, -) or a published list in TSV (region, arobases, name)",
        "whose names are resolved against the official geography; unresolved and ambiguous names are reported."})
final class PalmaresCommand implements Callable<Integer> {

  enum Format { text, json, csv, html }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, csv or html (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Mixin RatingOptions ratingOptions;

  @Mixin RatingOptions.Records records;

  @Option(names = "--edition", paramLabel = "YEAR",
      description = "Keep only the dossiers of this millésime (the others are reported); required when the dossiers "
          + "are of several millésimes.")
  Integer edition;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Dossiers, or palmarès lists ending in .tsv.")
  List<String> paths;

  @Override
  public Integer call() {
    Arobase root = (Arobase) spec.root().userObject();
    Run run = Run.of(spec);
    PrintWriter err = spec.commandLine().getErr();
    if (edition != null && root.data().find(edition).isEmpty()) {
      throw new UsageException("unknown millésime " + edition + "; known: "
          + root.data().editions().stream().map(org.arobase.core.Edition::year).toList());
    }
    Palmares.Builder palmares = Palmares.builder();
    List<String> dossierPaths = new ArrayList<>();
    for (String path : paths) {
      if (path.endsWith(".tsv")) {
        if (!Files.isRegularFile(Path.of(path))) {
          throw new UsageException("no such file: " + path);
        }
        try (var reader = Files.newBufferedReader(Path.of(path))) {
          palmares.addList(path, reader);
        } catch (java.io.IOException e) {
          throw new UsageException("cannot read " + path + ": " + Terminal.describe(e));
        } catch (java.io.UncheckedIOException e) {
          throw new UsageException("cannot read " + path + ": " + Terminal.describe(e.getCause()));
        } catch (RuntimeException e) {
          // A malformed list says which line; it is bad input, not a crash.
          err.println("arobase: " + Terminal.safeLines(e.getMessage()));
          return Arobase.INVALID;
        }
      } else {
        dossierPaths.add(path);
      }
    }
    boolean allValid = true;
    if (!dossierPaths.isEmpty()) {
      Rating rating = ratingOptions.start(root.data(), root.data().newest().year(), true, root.locale());
      var read = DossierReading.read(dossierPaths, root.in, Optional.empty(), Optional.empty(), root.data(), root.locale(), run::unused);
      var awarded = records.read(root.in, run);
      List<Rating.Rated> rated = rating.rate(read, new Progress(err, read.size(), "rated"));
      List<Rating.Rated> valid = Rating.ratedOnly(rated, err, run);
      java.util.SortedSet<Integer> editions = new java.util.TreeSet<>();
      valid.forEach(r -> editions.add(r.decision().get().edition()));
      if (edition == null && editions.size() > 1) {
        // A palmarès is one millésime's: mixing them would rank a collectivité against itself.
        throw new UsageException("the dossiers are of several millésimes " + editions
            + "; a palmarès is of one: choose it with --edition YEAR");
      }
      for (Rating.Rated r : valid) {
        int year = r.decision().get().edition();
        if (edition != null && year != edition) {
          run.unused(r.read().source() + " is of the millésime " + year + ", not in the palmarès of " + edition);
          continue;
        }
        palmares.add(r.read().source(), r.dossier().get(), r.decision().get(), awarded.apply(r.decision().get()).arobases());
      }
      allValid = valid.size() == rated.size();
    }
    Palmares built = palmares.build();
    // The same collectivité twice would count its inhabitants twice: the first is kept, the others said.
    built.duplicates().forEach(d -> run.unused(d.toString()));
    PrintWriter out = spec.commandLine().getOut();
    out.print(PalmaresFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)).render(built, root.locale()));
    out.flush();
    return run.finish(allValid ? Arobase.OK : Arobase.INVALID);
  }
}
