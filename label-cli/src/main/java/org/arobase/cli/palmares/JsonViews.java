package org.arobase.cli.palmares;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.arobase.core.geo.Resolution;
import org.arobase.core.palmares.KeyFigures;
import org.arobase.core.palmares.Palmares;
import org.arobase.core.palmares.PalmaresEntry;

/** The JSON shapes of docs/PALMARES.md for {@code palmares} and {@code figures}. */
final class JsonViews {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonViews() {}

  static String palmares(Palmares palmares) {
    ObjectNode root = MAPPER.createObjectNode().put("total", palmares.total());
    counts(root.putObject("byArobases"), palmares.byArobases());
    ArrayNode regions = root.putArray("regions");
    for (Palmares.Region region : palmares.regions()) {
      ObjectNode r = regions.addObject().put("name", region.name()).put("total", region.total());
      counts(r.putObject("byArobases"), region.byArobases());
      ArrayNode collectivities = r.putArray("collectivities");
      for (PalmaresEntry e : region.entries()) {
        collectivities.addObject()
            .put("name", e.name())
            .put("code", e.code().orElse(null))
            .put("arobases", e.arobases())
            .put("category", e.category().map(Enum::name).orElse(null));
      }
    }
    ArrayNode unresolved = root.putArray("unresolved");
    palmares.unresolved().forEach(u -> unresolved.add(u.query()));
    ArrayNode ambiguous = root.putArray("ambiguous");
    for (Resolution a : palmares.ambiguous()) {
      ArrayNode candidates = ambiguous.addObject().put("name", a.query()).putArray("candidates");
      a.candidateCodes().forEach(candidates::add);
    }
    ArrayNode problems = root.putArray("problems");
    for (Palmares.Problem p : palmares.problems()) {
      problems.addObject()
          .put("line", p.line())
          .put("name", p.name())
          .put("code", p.code())
          .put("kind", p.kind().name())
          .put("identified", p.collectivity().code())
          .put("message", p.message());
    }
    return root.toPrettyString() + "\n";
  }

  static String figures(KeyFigures figures) {
    ObjectNode root = MAPPER.createObjectNode()
        .put("edition", figures.edition())
        .put("dossiers", figures.dossiers());
    ObjectNode byKind = root.putObject("byKind");
    figures.byKind().forEach(byKind::put);
    root.put("initiatives", figures.initiatives())
        .put("inhabitants", figures.inhabitants())
        .put("regions", figures.regions());
    counts(root.putObject("byArobases"), figures.byArobases());
    ObjectNode mentions = root.putObject("mentions");
    figures.mentions().forEach(mentions::put);
    figures.growth().ifPresentOrElse(
        g -> root.putObject("growth")
            .put("previousDossiers", g.previousDossiers())
            .put("dossiers", g.dossiers())
            .put("percent", g.percent()),
        () -> root.putNull("growth"));
    ObjectNode published = root.putObject("published");
    ArrayNode compared = published.putArray("figures");
    for (KeyFigures.Comparison c : figures.published()) {
      compared.addObject().put("figure", c.figure()).put("computed", c.computed()).put("published", c.published())
          .put("difference", c.difference()).put("source", c.source());
    }
    ArrayNode growth = published.putArray("growth");
    for (KeyFigures.YearOnYear y : figures.publishedGrowth()) {
      growth.addObject().put("edition", y.year()).put("participants", y.participants())
          .put("previousParticipants", y.previousParticipants()).put("percent", y.percent());
    }
    return root.toPrettyString() + "\n";
  }

  private static void counts(ObjectNode node, Map<Integer, Integer> byLevel) {
    byLevel.forEach((level, n) -> node.put(String.valueOf(level), n));
  }
}
