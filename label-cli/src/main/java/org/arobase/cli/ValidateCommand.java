package org.arobase.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.arobase.core.internal.Messages;
import org.arobase.core.validation.Violation;
import org.arobase.json.DossierResult;
import org.arobase.json.LabelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arobase validate}: every problem of every dossier, at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check dossiers before filing: JSON structure, the label's rules and the collectivité's identity.",
        "Exit code 0 when every dossier is valid, 1 when one is not, 2 for a wrong command line."})
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

  enum Format { text, json }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Mixin DossierOptions dossiers;

  @Override
  public Integer call() {
    Arobase root = (Arobase) spec.root().userObject();
    Run run = Run.of(spec);
    PrintWriter out = spec.commandLine().getOut();
    int[] counts = new int[2]; // read, valid
    // One dossier at a time, from the file to the output: a batch of any size runs in bounded memory.
    try (Stream<DossierResult> read = dossiers.stream(root.in, root.data(), run)) {
      Stream<DossierResult> counted = read.peek(r -> {
        counts[0]++;
        if (r.isValid()) {
          counts[1]++;
        }
      });
      if (format == Format.json) {
        Iterator<DossierResult> capped = counted.map(r -> capped(r, run)).iterator();
        LabelJson.standard().writeValidation(() -> capped, out);
        out.println();
      } else {
        counted.forEach(r -> printText(r, out, run));
        printSummary(counts[0], counts[1], out, run);
      }
    }
    out.flush();
    return run.finish(counts[0] == counts[1] ? Arobase.OK : Arobase.INVALID);
  }

  private static DossierResult capped(DossierResult r, Run run) {
    List<Violation> kept = run.cap(r.violations());
    return kept == r.violations() ? r : new DossierResult(r.source(), r.dossier(), kept);
  }

  /** @return the violation as the text formats print it, indented under its dossier, control characters escaped */
  static String line(Violation v, Messages m) {
    return Terminal.safe("  " + m.get("validate.violation", m.get("severity." + v.severity()), v.code(),
        v.pointer().isEmpty() ? m.get("validate.document") : v.pointer(), v.message()));
  }

  /** Prints the results and the count of valid ones, every violation. */
  static void printText(List<DossierResult> results, PrintWriter out, Run run) {
    int valid = 0;
    for (DossierResult r : results) {
      printText(r, out, run);
      if (r.isValid()) {
        valid++;
      }
    }
    printSummary(results.size(), valid, out, run);
  }

  /**
   * Prints one result: its line, then its violations.
   *
   * @param run the run whose cap bounds the violations printed, or {@code null} for no cap
   */
  static void printText(DossierResult r, PrintWriter out, Run run) {
    Messages m = run == null ? Run.words(null) : run.messages();
    int errors = r.errors().size();
    int warnings = r.violations().size() - errors;
    out.println(Terminal.safe((errors == 0 ? m.get("validate.valid", r.source()) : m.get("validate.invalid", r.source(), errors))
        + (warnings > 0 ? m.get("validate.warnings", warnings) : "")));
    (run == null ? r.violations() : run.cap(r.violations())).forEach(v -> out.println(line(v, m)));
  }

  private static void printSummary(int total, int valid, PrintWriter out, Run run) {
    out.println(run.messages().get("validate.summary", total, valid, total - valid));
  }
}
