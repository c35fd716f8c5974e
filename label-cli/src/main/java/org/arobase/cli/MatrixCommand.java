package org.arobase.cli;

import java.io.PrintWriter;
import java.util.List;
import org.arobase.core.Edition;
import org.arobase.core.LabelData;
import org.arobase.core.matrix.Axis;
import org.arobase.core.matrix.Enjeu;
import org.arobase.core.matrix.Service;
import org.arobase.core.matrix.ServiceMatrix;
import org.arobase.json.LabelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arobase matrix}: prints the service matrix of a millésime. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
    description = "Print the service matrix of a millésime: axes, enjeux and services with their codes.")
final class MatrixCommand implements Runnable {

  enum Format { text, json, tsv }

  @Spec CommandSpec spec;

  @Option(names = "--edition", paramLabel = "YEAR", description = "Millésime (default: the newest).")
  Integer edition;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or tsv (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public void run() {
    LabelData data = ((Arobase) spec.root().userObject()).data();
    int year = edition == null ? data.newest().year() : edition;
    Edition chosen = data.find(year).orElseThrow(() -> new UsageException(
        "unknown millésime " + year + "; known: " + data.editions().stream().map(Edition::year).toList()));
    ServiceMatrix matrix = data.matrix(chosen.matrixVersion());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case tsv -> out.print(matrix.toTsv());
      case json -> out.println(LabelJson.standard().writeMatrix(matrix));
      case text -> printText(matrix, chosen, out);
    }
    out.flush();
  }

  private static void printText(ServiceMatrix matrix, Edition edition, PrintWriter out) {
    out.printf("Matrice des services %s (label %d, %de édition) — %d axes, %d enjeux, %d services%n",
        matrix.version(), edition.year(), edition.number(), matrix.axes().size(), matrix.enjeux().size(),
        matrix.services().size());
    out.println("(*) nom reconstruit, en attente de la liste officielle; [hors X] ne s'applique pas à la catégorie X");
    for (Axis axis : matrix.axes()) {
      out.printf("%n%-5s %s%s%n", axis.code(), axis.label(), axis.reconstructed() ? " (*)" : "");
      for (Enjeu enjeu : matrix.enjeux(axis)) {
        List<Service> services = matrix.services(enjeu);
        out.printf("  %-4s %s%s — %d services%n", enjeu.code(), enjeu.label(), enjeu.reconstructed() ? " (*)" : "",
            services.size());
        for (Service s : services) {
          String excluded = s.notApplicableTo().isEmpty() ? ""
              : " [hors " + String.join(", ", s.notApplicableTo().stream().sorted().map(Enum::name).toList()) + "]";
          out.printf("    %-6s %s%s%s%n", s.code(), s.label(), s.reconstructed() ? " (*)" : "", excluded);
        }
      }
    }
  }
}
