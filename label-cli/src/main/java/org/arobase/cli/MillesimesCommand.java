package org.arobase.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Edition;
import org.arobase.core.LabelData;
import org.arobase.core.Mention;
import org.arobase.core.Obligation;
import org.arobase.serve.Millesimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arobase millesimes}: every millésime of the data, oldest first, with what is published. */
@Command(name = "millesimes", mixinStandardHelpOptions = true,
    description = {"List the millésimes of the label, oldest first: number, filing window, jury, ceremony, matrix,",
        "mentions, legal obligations, and which of these facts are published (the others are documented defaults)."})
final class MillesimesCommand implements Runnable {

  enum Format { text, json }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public void run() {
    LabelData data = ((Arobase) spec.root().userObject()).data();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(Millesimes.json(data.editions()));
    } else {
      data.editions().forEach(e -> text(e, out));
    }
    out.flush();
  }

  private static void text(Edition e, PrintWriter out) {
    String unpublished = " (valeur par défaut, non publiée)";
    out.printf("%d — %de label%s%n", e.year(), e.number(), e.published().contains("number") ? "" : " (numéro déduit)");
    out.printf("  dépôt des dossiers : du %s au %s%s%n", e.filingOpens(), e.filingCloses(),
        e.published().contains("filingWindow") ? "" : unpublished);
    out.printf("  jury : %s ; cérémonie : %s%n", e.juryOn().map(LocalDate::toString).orElse("non publié"),
        e.ceremonyOn().map(LocalDate::toString).orElse("non publiée"));
    out.printf("  matrice %s, paramètres %s%n", e.matrixVersion(), e.parametersVersion());
    out.printf("  mentions : %s%s%n", e.mentions().isEmpty() ? "aucune"
        : String.join(", ", e.mentions().stream().map(Mention::label).toList()),
        e.published().contains("mentions") || e.mentions().isEmpty() ? "" : " (catalogue de l'année précédente, non publié)");
    for (Obligation o : e.obligations()) {
      String who = o.kinds().size() == CollectivityKind.values().length ? "" : " (" + o.kinds().iterator().next().name() + ")";
      out.printf("  obligation %s%s : depuis le %s, plafond %d@%s%n", o.code(), who, o.from(), o.cap(),
          o.from().isAfter(e.referenceDate()) ? " — pas encore en vigueur à la date de référence" : "");
    }
  }
}
