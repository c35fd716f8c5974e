package org.arobase.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.arobase.report.DecisionReport;
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
    refuseToOverwrite(dossier, out);
    Rating rating = ratingOptions.start(root.data(), root.data().newest().year(), !noGeography, root.locale());
    var read = DossierReading.read(List.of(dossier), root.in, Optional.empty(), Optional.empty(), root.data(), root.locale());
    if (read.size() != 1) {
      throw new UsageException(dossier + " holds " + read.size() + " dossiers; report takes exactly one");
    }
    Rating.Rated rated = rating.rate(read, new Progress(spec.commandLine().getErr(), 1, "rated")).get(0);
    if (rated.decision().isEmpty()) {
      RateCommand.printText(rated.result(), spec.commandLine().getErr(), false, Run.of(spec));
      return Arobase.INVALID;
    }
    String html = DecisionReport.render(rated.dossier().get(), rated.decision().get(), root.locale());
    try {
      Files.writeString(out, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot write " + out + ": " + Terminal.describe(e));
    }
    spec.commandLine().getErr().println(Terminal.safe("arobase: wrote " + out + " (" + rated.decision().get().arobases() + " @)"));
    return Arobase.OK;
  }

  /**
   * Refuses {@code --out} when it is the dossier itself (compared as real paths, so that
   * {@code ./a.json} and a link to it are the same file), a directory, or an existing file that
   * is not an HTML page: a report only ever replaces a report.
   *
   * @throws UsageException saying which file would be lost
   */
  static void refuseToOverwrite(String dossier, Path out) {
    if (Files.isDirectory(out)) {
      throw new UsageException("--out " + out + " is a directory; name the HTML file to write");
    }
    if (!Files.exists(out)) {
      return;
    }
    if (!dossier.equals("-")) {
      try {
        if (Files.exists(Path.of(dossier)) && Files.isSameFile(Path.of(dossier).toRealPath(), out.toRealPath())) {
          throw new UsageException("--out " + out + " is the dossier " + dossier + " itself; it would be overwritten"
              + " with HTML: name another file");
        }
      } catch (IOException e) {
        throw new UsageException("cannot check --out " + out + ": " + Terminal.describe(e));
      }
    }
    if (!looksLikeHtml(out)) {
      throw new UsageException("--out " + out + " exists and is not an HTML report; arobase does not overwrite it"
          + " (remove it, or name another file)");
    }
  }

  /** @return whether the file is empty or starts, after a byte order mark and blanks, with {@code <} */
  private static boolean looksLikeHtml(Path file) {
    byte[] head = new byte[512];
    int n;
    try (var in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new UsageException("cannot check --out " + file + ": " + Terminal.describe(e));
    }
    String text = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    return text.isEmpty() || text.regionMatches(true, 0, "<!DOCTYPE html", 0, 14) || text.regionMatches(true, 0, "<html", 0, 5);
  }
}
