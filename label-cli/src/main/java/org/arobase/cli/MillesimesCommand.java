package org.arobase.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Edition;
import org.arobase.core.LabelData;
import org.arobase.core.Mention;
import org.arobase.core.Obligation;
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

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  public void run() {
    LabelData data = ((Arobase) spec.root().userObject()).data();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      ArrayNode all = MAPPER.createArrayNode();
      data.editions().forEach(e -> all.add(json(e)));
      try {
        out.println(MAPPER.writeValueAsString(all));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    } else {
      data.editions().forEach(e -> text(e, out));
    }
    out.flush();
  }

  private static ObjectNode json(Edition e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("year", e.year());
    o.put("number", e.number());
    o.put("matrixVersion", e.matrixVersion());
    o.put("parametersVersion", e.parametersVersion());
    o.put("filingOpens", e.filingOpens().toString());
    o.put("filingCloses", e.filingCloses().toString());
    o.put("referenceDate", e.referenceDate().toString());
    date(o, "juryOn", e.juryOn());
    date(o, "ceremonyOn", e.ceremonyOn());
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : e.mentions()) {
      mentions.addObject().put("code", m.code()).put("label", m.label());
    }
    ArrayNode obligations = o.putArray("obligations");
    for (Obligation ob : e.obligations()) {
      ObjectNode x = obligations.addObject();
      x.put("code", ob.code());
      x.put("law", ob.law());
      x.put("from", ob.from().toString());
      x.put("inForce", !ob.from().isAfter(e.referenceDate()));
      ArrayNode kinds = x.putArray("kinds");
      ob.kinds().stream().sorted().forEach(k -> kinds.add(k.name()));
      x.put("communePopulationAbove", ob.communePopulationAbove());
      x.put("intercommunalityPopulationAbove", ob.intercommunalityPopulationAbove());
      x.put("agentsAtLeast", ob.agentsAtLeast());
      x.put("cap", ob.cap());
      x.put("source", ob.source());
    }
    o.put("villagePopulationThreshold", e.villagePopulationThreshold());
    o.put("eligibilityPeriodYears", e.eligibilityPeriod().getYears());
    ObjectNode published = o.putObject("published");
    for (String fact : List.of("number", "filingWindow", "juryOn", "ceremonyOn", "mentions", "matrix")) {
      published.put(fact, e.published().contains(fact));
    }
    return o;
  }

  private static void date(ObjectNode o, String field, Optional<LocalDate> date) {
    if (date.isPresent()) {
      o.put(field, date.get().toString());
    } else {
      o.putNull(field);
    }
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
