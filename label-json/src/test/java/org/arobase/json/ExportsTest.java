package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.ImmutableDecision;
import org.arobase.core.decision.RatedCollectivity;
import org.arobase.core.matrix.ServiceMatrix;
import org.arobase.core.validation.Violation;
import org.arobase.testing.DossierGenerator;
import org.junit.jupiter.api.Test;

class ExportsTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final ObjectMapper TREE = new ObjectMapper();

  @Test
  void geoJsonHasOnePointPerLocatedInitiativeLongitudeFirst() throws Exception {
    DossierGenerator generator = DossierGenerator.forEdition(2022);
    List<Dossier> dossiers = List.of(generator.dossier(1), generator.dossier(2), generator.dossier(3));
    Decision decision = ImmutableDecision.copyOf(Decisions.decision(4))
        .withCollectivity(new RatedCollectivity("x", "y", Category.VILLAGE));
    StringWriter out = new StringWriter();
    JSON.writeGeoJson(dossiers, d -> d == dossiers.get(0) ? Optional.of(decision) : Optional.empty(), out);
    JsonNode root = TREE.readTree(out.toString());
    assertEquals("FeatureCollection", root.get("type").asText());
    List<Initiative> located = new ArrayList<>();
    dossiers.forEach(d -> d.initiatives().stream().filter(i -> i.location().isPresent()).forEach(located::add));
    assertFalse(located.isEmpty());
    assertEquals(located.size(), root.get("features").size());
    for (int i = 0; i < located.size(); i++) {
      JsonNode feature = root.get("features").get(i);
      assertEquals("Feature", feature.get("type").asText());
      assertEquals("Point", feature.get("geometry").get("type").asText());
      assertEquals(located.get(i).location().get().lon(), feature.get("geometry").get("coordinates").get(0).asDouble());
      assertEquals(located.get(i).location().get().lat(), feature.get("geometry").get("coordinates").get(1).asDouble());
      assertEquals(located.get(i).id(), feature.get("properties").get("id").asText());
    }
    long withSummary = 0;
    for (JsonNode feature : root.get("features")) {
      JsonNode p = feature.get("properties");
      if (p.get("collectivityCode").asText().equals(dossiers.get(0).collectivity().code())) {
        assertEquals(decision.arobases(), p.get("arobases").asInt());
        assertEquals("VILLAGE", p.get("category").asText());
        assertEquals(decision.mentions().size(), p.get("mentions").size());
        withSummary++;
      } else {
        assertFalse(p.has("arobases"));
      }
    }
    assertEquals(dossiers.get(0).initiatives().stream().filter(i -> i.location().isPresent()).count(), withSummary);
  }

  @Test
  void csvHasAHeaderAndOneQuotedRowPerDecision() {
    Decision tricky = ImmutableDecision.copyOf(Decisions.decision(7))
        .withCollectivity(new RatedCollectivity("19015", "Ayen, \"la belle\"\nCorrèze", Category.VILLAGE));
    Decision plain = Decisions.decision(8);
    StringWriter out = new StringWriter();
    JSON.writeCsv(List.of(RatingResult.rated("a.json", tricky),
        RatingResult.rejected("b.json", List.of(Violation.error("", "X", "y"))),
        RatingResult.rated("c,d.json#1", plain)), out);
    String csv = out.toString();
    assertTrue(csv.startsWith("source,code,name,category,edition,arobases,mentions,distinctions,score,coveredEnjeux,"
        + "coveredAxes,eligibleInitiatives,ignoredInitiatives,nextArobases\r\n"), csv);
    assertTrue(csv.contains("\r\na.json,19015,\"Ayen, \"\"la belle\"\"\nCorrèze\",VILLAGE," + tricky.edition() + ","
        + tricky.arobases() + ","), csv);
    assertTrue(csv.contains("\r\n\"c,d.json#1\"," + plain.collectivity().code() + ","), csv);
    assertFalse(csv.contains("b.json"), csv);
    assertTrue(csv.endsWith("\r\n"));
    assertEquals(3, csv.split("\r\n").length);
    assertEquals("\"a\"\"b\"", Exports.csvCell("a\"b"));
    assertEquals("plain", Exports.csvCell("plain"));
  }

  @Test
  void theMatrixHasTheCommandLineShape() throws Exception {
    ServiceMatrix matrix = ServiceMatrix.bundled("2022");
    JsonNode root = TREE.readTree(JSON.writeMatrix(matrix));
    assertEquals("2022", root.get("version").asText());
    assertEquals(4, root.get("axes").size());
    int enjeux = 0;
    int services = 0;
    for (JsonNode axis : root.get("axes")) {
      assertTrue(axis.has("code") && axis.has("label"));
      for (JsonNode enjeu : axis.get("enjeux")) {
        enjeux++;
        for (JsonNode service : enjeu.get("services")) {
          services++;
          assertTrue(service.get("reconstructed").isBoolean());
          assertTrue(service.get("code").asText().startsWith(enjeu.get("code").asText() + "."));
          assertTrue(service.get("notApplicableTo").isArray());
        }
      }
    }
    assertEquals(16, enjeux);
    assertEquals(139, services);
    ObjectMapper mapper = new ObjectMapper().registerModule(new LabelModule());
    assertEquals(root, TREE.readTree(mapper.writeValueAsString(matrix)));
  }
}
