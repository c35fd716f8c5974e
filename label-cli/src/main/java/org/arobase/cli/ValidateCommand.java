package org.arobase.cli;

import java.io.PrintWriter;
import java.util.List;
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
    List<DossierResult> results = dossiers.read(root.in, root.data());
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

  /** @return the violation as the text formats print it, indented under its dossier */
  static String line(Violation v) {
    return "  " + v.severity() + " " + v.code() + " " + (v.pointer().isEmpty() ? "(document)" : v.pointer())
        + ": " + v.message();
  }

  static void printText(List<DossierResult> results, PrintWriter out) {
    int valid = 0;
    for (DossierResult r : results) {
      int errors = r.errors().size();
      int warnings = r.violations().size() - errors;
      if (errors == 0) {
        valid++;
      }
      out.println(r.source() + ": " + (errors == 0 ? "valid" : "INVALID, " + errors + " error" + (errors > 1 ? "s" : ""))
          + (warnings > 0 ? ", " + warnings + " warning" + (warnings > 1 ? "s" : "") : ""));
      r.violations().forEach(v -> out.println(line(v)));
    }
    out.println(results.size() + " dossier" + (results.size() > 1 ? "s" : "") + ": " + valid + " valid, "
        + (results.size() - valid) + " invalid");
  }
}
