package org.arobase.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arobase.core.Edition;
import org.arobase.core.Mention;
import org.arobase.core.Obligation;

/**
 * The millésimes as JSON, as {@code arobase millesimes --format json} prints them and
 * {@code GET /v1/millesimes} answers: an array of objects with {@code year}, {@code number},
 * {@code matrixVersion}, the filing window, the jury and ceremony, {@code mentions},
 * {@code obligations} and {@code published}.
 */
public final class Millesimes {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Millesimes() {}

  /**
   * @param editions the millésimes, e.g. {@code LabelData.editions()}
   * @return their JSON array, indented
   */
  public static String json(List<Edition> editions) {
    ArrayNode all = MAPPER.createArrayNode();
    editions.forEach(e -> all.add(json(e)));
    try {
      return MAPPER.writeValueAsString(all);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
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
}
