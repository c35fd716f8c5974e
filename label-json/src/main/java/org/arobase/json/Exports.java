package org.arobase.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arobase.core.Distinction;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.Location;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;

/** The GeoJSON map of initiatives and the CSV table of decisions. */
final class Exports {

  static final List<String> CSV_HEADER = List.of("source", "code", "name", "category", "edition", "arobases",
      "mentions", "distinctions", "score", "coveredEnjeux", "coveredAxes", "eligibleInitiatives",
      "ignoredInitiatives", "nextArobases");

  private Exports() {}

  static void geoJson(JsonGenerator g, Iterable<Dossier> dossiers, Function<Dossier, Optional<Decision>> decisions)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeArrayFieldStart("features");
    for (Dossier dossier : dossiers) {
      Optional<Decision> decision = decisions.apply(dossier);
      for (Initiative initiative : dossier.initiatives()) {
        if (initiative.location().isPresent()) {
          feature(g, dossier, decision, initiative, initiative.location().get());
        }
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void feature(JsonGenerator g, Dossier dossier, Optional<Decision> decision, Initiative initiative,
      Location location) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    // RFC 7946 §3.1.1: longitude first.
    g.writeNumber(location.lon());
    g.writeNumber(location.lat());
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("id", initiative.id());
    g.writeStringField("title", initiative.title());
    ModelWriter.strings(g, "services", initiative.services());
    g.writeStringField("operator", initiative.operator().name());
    g.writeStringField("startedOn", initiative.startedOn().toString());
    if (initiative.endedOn().isPresent()) {
      g.writeStringField("endedOn", initiative.endedOn().get().toString());
    }
    g.writeNumberField("edition", dossier.edition());
    g.writeStringField("collectivityCode", dossier.collectivity().code());
    g.writeStringField("collectivityName", dossier.collectivity().name());
    if (decision.isPresent()) {
      Decision d = decision.get();
      g.writeNumberField("arobases", d.arobases());
      g.writeStringField("category", d.collectivity().category().name());
      ModelWriter.strings(g, "mentions", d.mentions().stream().map(Mention::code).toList());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static void csv(Iterable<RatingResult> results, Writer out) throws IOException {
    row(out, CSV_HEADER);
    for (RatingResult result : results) {
      if (result.decision().isEmpty()) {
        continue;
      }
      Decision d = result.decision().get();
      row(out, List.of(
          result.source(),
          d.collectivity().code(),
          d.collectivity().name(),
          d.collectivity().category().name(),
          String.valueOf(d.edition()),
          String.valueOf(d.arobases()),
          d.mentions().stream().map(Mention::code).collect(Collectors.joining("|")),
          d.distinctions().stream().map(Distinction::name).collect(Collectors.joining("|")),
          BigDecimal.valueOf(d.mosaic().score()).toPlainString(),
          String.valueOf(d.mosaic().coveredEnjeux()),
          String.valueOf(d.mosaic().coveredAxes()),
          String.valueOf(d.eligibleInitiatives().size()),
          String.valueOf(d.ignoredInitiatives().size()),
          d.next().map(n -> String.valueOf(n.arobases())).orElse("")));
    }
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    out.write(CsvCells.row(cells));
  }

  /** @see CsvCells#cell(String) */
  static String csvCell(String value) {
    return CsvCells.cell(value);
  }
}
