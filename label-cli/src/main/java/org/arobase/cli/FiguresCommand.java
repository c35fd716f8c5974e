package org.arobase.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.arobase.cli.palmares.FiguresFormat;
import org.arobase.core.palmares.KeyFigures;
import org.arobase.json.DossierResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arobase figures}: the key figures (« chiffres clés ») of a millésime. */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = {"Print the key figures of the valid dossiers of a millésime: dossiers by kind, initiatives,",
        "inhabitants, regions, arobases, mentions, and growth against the previous millésime's dossiers."})
final class FiguresCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--previous", paramLabel = "PATH", description = "The previous millésime's dossiers, for the growth.")
  List<String> previous = new ArrayList<>();

  @Mixin RatingOptions rating;

  @Mixin RatingOptions.Records records;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Dossier files, arrays, directories, or -.")
  List<String> paths;

  @Override
  public Integer call() {
    Arobase root = (Arobase) spec.root().userObject();
    PrintWriter err = spec.commandLine().getErr();
    Run run = Run.of(spec);
    Rating rating = this.rating.start(root.data(), root.data().newest().year(), true, root.locale());
    var read = DossierReading.read(paths, root.in, Optional.empty(), Optional.empty(), root.data(), root.locale(), run::unused);
    List<Rating.Rated> rated = rating.rate(read, new Progress(err, read.size(), "rated"));
    List<Rating.Rated> valid = Rating.ratedOnly(rated, err, run);
    if (valid.isEmpty()) {
      err.println("arobase: no valid dossier to count");
      return run.finish(Arobase.INVALID);
    }
    int edition = valid.stream().mapToInt(r -> r.decision().get().edition()).max().getAsInt();
    KeyFigures.Builder figures = KeyFigures.builder(edition).published(root.data());
    var awarded = records.read(root.in, run);
    for (Rating.Rated r : valid) {
      if (r.decision().get().edition() == edition) {
        var result = awarded.apply(r.decision().get());
        figures.add(r.dossier().get(), result.arobases(), result.mentions().stream().map(m -> m.code()).toList());
      } else {
        run.unused(r.read().source() + " is of the millésime " + r.decision().get().edition()
            + ", not counted in the figures of " + edition);
      }
    }
    if (!previous.isEmpty()) {
      List<DossierResult> before = DossierReading.read(previous, root.in,
          Optional.of(DossierReading.validator(true, root.data(), root.locale())), Optional.empty(), root.data(), root.locale(), run::unused);
      int counted = 0;
      for (DossierResult r : before) {
        if (r.isValid()) {
          counted++;
        } else {
          // A broken file of the previous millésime would make the growth wrong: it is said, not ignored.
          run.unused("--previous: " + r.source() + " is not counted in the previous millésime: "
              + r.errors().size() + " error" + (r.errors().size() > 1 ? "s" : ""));
          run.cap(r.violations()).forEach(v -> err.println(ValidateCommand.line(v, run.messages())));
        }
      }
      figures.previousDossiers(counted);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(FiguresFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)).render(figures.build()));
    out.flush();
    return run.finish(valid.size() == rated.size() ? Arobase.OK : Arobase.INVALID);
  }
}
