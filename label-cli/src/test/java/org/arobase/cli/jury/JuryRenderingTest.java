package org.arobase.cli.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arobase.core.jury.DepartureReport;
import org.arobase.core.jury.JuryPlan;
import org.arobase.core.jury.JuryPlanner;
import org.arobase.core.jury.Juror;
import org.arobase.core.jury.PlannedDossier;
import org.arobase.json.JuryJson;
import org.arobase.json.LabelJson;
import org.junit.jupiter.api.Test;

class JuryRenderingTest {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final Path JURORS = Path.of("jury", "jurors.json");
  static final Path RECORDS = Path.of("jury", "records-2022.json");

  /** Seven sample dossiers of 2022, planned by their paths. */
  static List<PlannedDossier> dossiers() throws Exception {
    List<PlannedDossier> out = new ArrayList<>();
    for (String name : List.of("ayen", "martigues", "noisy-le-grand", "venelles", "eurometropole-strasbourg",
        "les-mureaux", "amboise")) {
      Path file = Path.of("dossiers", name + "-2022.json");
      out.add(PlannedDossier.of(file.toString(), LabelJson.standard().readDossier(Files.readString(file))));
    }
    return out;
  }

  @Test
  void planJsonHasTheShapeOfTheContract() throws Exception {
    List<Juror> jurors = JuryJson.readJurors(JURORS);
    JuryPlan plan = JuryPlanner.plan(jurors, dossiers(), 0);
    JsonNode json = MAPPER.readTree(JuryPlanRenderer.json(plan));
    assertEquals(3, json.get("binomes").size());
    int min = Integer.MAX_VALUE;
    int max = 0;
    List<String> keys = new ArrayList<>();
    for (JsonNode b : json.get("binomes")) {
      assertEquals(2, b.get("jurors").size());
      int sum = 0;
      for (JsonNode d : b.get("dossiers")) {
        keys.add(d.asText());
        sum += dossiers().stream().filter(x -> x.key().equals(d.asText())).findFirst().orElseThrow().initiatives();
      }
      assertEquals(sum, b.get("initiatives").asInt());
      min = Math.min(min, sum);
      max = Math.max(max, sum);
    }
    assertEquals(dossiers().stream().map(PlannedDossier::key).sorted().toList(), keys.stream().sorted().toList());
    assertEquals(min, json.at("/spread/min").asInt());
    assertEquals(max, json.at("/spread/max").asInt());
    assertTrue(max - min <= json.get("bound").asInt());
    assertEquals(75, json.get("bound").asInt());
    assertEquals(plan.unpaired().orElseThrow().id(), json.get("unpaired").asText());
  }

  @Test
  void planTextNamesBinomesDossiersAndTheSpread() throws Exception {
    JuryPlan plan = JuryPlanner.plan(JuryJson.readJurors(JURORS), dossiers(), 0);
    String text = JuryPlanRenderer.text(plan);
    assertTrue(text.startsWith("Plan du jury — 3 binômes, 7 dossiers, 225 initiatives (graine 0)\n"), text);
    assertTrue(text.lines().anyMatch(l -> l.matches("  dossiers/ayen-2022\\.json +19015 Ayen — 8 initiatives")), text);
    assertTrue(text.contains("Réserve : "), text);
    assertTrue(text.contains("écart " + plan.spread() + " (au plus 75, le plus gros dossier)"), text);
  }

  @Test
  void sampleRecordsAreValidAndReported() throws Exception {
    JuryRecordsReader.Result loaded;
    try (InputStream in = Files.newInputStream(RECORDS)) {
      loaded = new JuryRecordsReader().add(RECORDS.toString(), in).result();
    }
    assertEquals(5, loaded.records().size());
    assertEquals(0, loaded.invalid());
    assertEquals(List.of(), loaded.problems());
    DepartureReport report = DepartureReport.of(loaded.records());
    JsonNode json = MAPPER.readTree(DepartureRenderer.json(report));
    assertEquals(5, json.get("compared").asInt());
    assertEquals(2, json.at("/overall/agreements").asInt());
    assertEquals(0.4, json.at("/overall/agreementShare").asDouble());
    assertEquals(0.4, json.at("/overall/meanDifference").asDouble());
    assertEquals(1, json.at("/differences/2").asInt());
    assertEquals(1, json.at("/byCategory/VILLE/lowered").asInt());
    assertEquals(1.0, json.at("/byCategory/TERRITOIRE/agreementShare").asDouble());
    assertEquals(1, json.at("/byLevel/1/raised").asInt());
    String text = DepartureRenderer.text(report);
    assertTrue(text.startsWith("Écarts du jury par rapport au moteur — 5 dossiers comparés\n"), text);
    assertTrue(text.contains("\n  Villes Internet       2 dossiers : accord 1 (50 %), relevés 0, abaissés 1, "
        + "écart moyen -0,50 @, écart absolu moyen 0,50 @\n  Villages Internet     2 dossiers"), text);
    assertTrue(text.contains("  +2 @ : 1 dossier\n"), text);
  }

  @Test
  void invalidRecordsAreLeftOutWithTheirSourceAndPointer() throws Exception {
    String bad = """
        [{"edition": 2022, "collectivity": {"code": "19015", "name": "Ayen", "category": "VILLAGE"},
          "engine": {"arobases": 2}, "binome": {"jurors": ["a", "b"]}, "award": {"arobases": 4}},
         {"edition": 2022, "collectivity": {"code": "13056", "name": "Martigues", "category": "VILLE"},
          "binome": {"jurors": ["a", "b"]}, "award": {"arobases": 4}}]
        """;
    JuryRecordsReader.Result loaded = new JuryRecordsReader()
        .add("-", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))).result();
    assertEquals(1, loaded.invalid());
    assertEquals(List.of("13056"), loaded.records().stream().map(r -> r.collectivity().code()).toList());
    assertEquals(List.of("-#0 /award/justification: JUSTIFICATION_MISSING l'attribution (4@) s'écarte de la proposition"
        + " du moteur (2@) de 2 @\u00a0: dites pourquoi"), loaded.problems());
    assertTrue(!loaded.allValid());
  }

  @Test
  void unreadableSourcesAndDuplicatesAcrossSourcesAreReported() throws Exception {
    JuryRecordsReader reader = new JuryRecordsReader();
    reader.add("a.json", new ByteArrayInputStream("{\"edition\": 2022}".getBytes(StandardCharsets.UTF_8)));
    for (String name : List.of("b.json", "c.json")) {
      try (InputStream in = Files.newInputStream(RECORDS)) {
        reader.add(name, in);
      }
    }
    JuryRecordsReader.Result result = reader.result();
    assertEquals(5, result.records().size());
    assertEquals(6, result.invalid());
    assertTrue(result.problems().get(0).startsWith("a.json /collectivity: JSON_MISSING_FIELD"), result.problems().toString());
    assertTrue(result.problems().contains("c.json#0 /collectivity/code: RECORD_DUPLICATE le relevé 0 porte déjà sur 19015 pour 2022"),
        result.problems().toString());
  }
}
