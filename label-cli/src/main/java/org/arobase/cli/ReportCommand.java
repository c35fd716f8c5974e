package org.arobase.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.arobase.cli.report.DecisionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arobase report}: a self-contained HTML page of one dossier's decision. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write a self-contained HTML page for one dossier: the panneau, the mosaïque of the 16 enjeux,",
        "the reasons, the ignored initiatives and what is missing for the next @."})
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "A file holding one dossier, or - for standard input.")
  String dossier;

  @Option(names = "--out", paramLabel = "FILE.html", required = true, description = "Where to write the page.")
  Path out;

  @Mixin RatingOptions ratingOptions;

  @Option(names = "--no-geography", negatable = false, description = "Skip the checks against the official geography.")
  boolean noGeography;

  @Override
  public Integer call() {
    Arobase root = (Arobase) spec.root().userObject();
    if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
      throw new UsageException("no such directory for --out: " + out.getParent());
    }
    Rating rating = ratingOptions.start(root.data(), root.data().newest().year(), !noGeography);
    var read = DossierReading.read(List.of(dossier), root.in, Optional.empty(), Optional.empty(), root.data());
    if (read.size() != 1) {
      throw new UsageException(dossier + " holds " + read.size() + " dossiers; report takes exactly one");
    }
    Rating.Rated rated = rating.rate(read, new Progress(spec.commandLine().getErr(), 1, "rated")).get(0);
    if (rated.decision().isEmpty()) {
      RateCommand.printText(rated.result(), spec.commandLine().getErr(), false);
      return Arobase.INVALID;
    }
    String html = DecisionReport.render(rated.dossier().get(), rated.decision().get());
    try {
      Files.writeString(out, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot write " + out + ": " + e.getMessage());
    }
    spec.commandLine().getErr().println("arobase: wrote " + out + " (" + rated.decision().get().arobases() + " @)");
    return Arobase.OK;
  }
}
