package org.arobase.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.arobase.core.Severity;
import org.arobase.core.Violation;
import org.arobase.json.DossierResult;
import org.arobase.json.LabelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arobase validate}: every problem of every dossier, at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check dossiers before filing: JSON structure, the label's rules and the collectivité's identity.",
        "Exit code 0 when every dossier is valid, 1 when one is not, 2 for a wrong command line."})
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

  enum Format { text, json }

  @Spec CommandSpec spec;

  @Option(names = "--edition", paramLabel = "YEAR", description = "Check the dossiers as dossiers of this millésime (default: each dossier's own).")
  Integer edition;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--no-geography", negatable = false,
      description = "Skip the checks against the official geography (unknown code, name or population that do not match).")
  boolean noGeography;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Dossier files, files holding an array of dossiers, directories of *.json files, or - for standard input.")
  List<String> paths;

  @Override
  public Integer call() {
    Arobase root = (Arobase) spec.root().userObject();
    List<DossierResult> results = DossierReading.read(paths, root.in, DossierReading.validator(!noGeography),
        Optional.ofNullable(edition));
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      LabelJson.standard().writeValidation(results, out);
      out.println();
    } else {
      printText(results, out);
    }
    out.flush();
    return results.stream().allMatch(DossierResult::isValid) ? Arobase.OK : Arobase.INVALID;
  }

  static void printText(List<DossierResult> results, PrintWriter out) {
    int valid = 0;
    for (DossierResult r : results) {
      long errors = r.violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
      long warnings = r.violations().size() - errors;
      if (errors == 0) {
        valid++;
      }
      out.println(r.source() + ": " + (errors == 0 ? "valid" : "INVALID, " + errors + " error" + (errors > 1 ? "s" : ""))
          + (warnings > 0 ? ", " + warnings + " warning" + (warnings > 1 ? "s" : "") : ""));
      for (Violation v : r.violations()) {
        out.println("  " + v.severity() + " " + v.code() + " " + (v.pointer().isEmpty() ? "(document)" : v.pointer())
            + ": " + v.message());
      }
    }
    out.println(results.size() + " dossier" + (results.size() > 1 ? "s" : "") + ": " + valid + " valid, "
        + (results.size() - valid) + " invalid");
  }
}
