package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.arobase.core.Category;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossier;
import org.arobase.core.ImmutableDossier;
import org.arobase.core.Initiative;
import org.arobase.core.Location;
import org.arobase.core.Operator;
import org.arobase.core.decision.Decision;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Violation;
import org.arobase.testing.DossierGenerator;
import org.arobase.testing.DossierProperty;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final LabelJson COMPACT = LabelJson.standard().compact();

  @Test
  void everyGeneratedDossierSurvivesWriteThenRead() {
    for (int year : new int[] {2020, 2021, 2022}) {
      DossierGenerator generator = DossierGenerator.forEdition(year);
      DossierProperty.forAll("read(write(dossier)) equals dossier, " + year, year == 2022 ? 1_000 : 200, 7_000L * year,
          generator, dossier -> {
            assertEquals(dossier, JSON.readDossier(JSON.write(dossier)));
            assertEquals(dossier, COMPACT.readDossier(COMPACT.write(dossier)));
          });
    }
  }

  @Test
  void everyGeneratedDecisionSurvivesWriteThenRead() {
    DossierProperty.forAllSeeds("read(write(decision)) equals decision", 1_000, 42L, seed -> {
      Decision decision = Decisions.decision(seed);
      assertEquals(decision, JSON.readDecision(JSON.write(decision)));
      assertEquals(decision, COMPACT.readDecision(COMPACT.write(decision)));
    });
  }

  @Test
  void theModuleReadsAndWritesLikeTheFacade() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new LabelModule());
    DossierGenerator generator = DossierGenerator.forEdition(2022);
    DossierProperty.forAll("module round trip", 200, 1L, generator, dossier -> {
      try {
        String text = mapper.writeValueAsString(dossier);
        assertEquals(dossier, mapper.readValue(text, Dossier.class));
        assertEquals(dossier, JSON.readDossier(text));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    Decision decision = Decisions.decision(3);
    assertEquals(decision, mapper.readValue(mapper.writeValueAsString(decision), Decision.class));
    List<Violation> violations = List.of(Violation.error("/a~1b", "CODE", "m"), Violation.warning("", "W", "é"));
    assertEquals(violations, JSON.readViolations(mapper.writeValueAsString(violations)));
  }

  @Test
  void awkwardTextAndNumbersSurvive() {
    Initiative initiative = Initiative.builder()
        .id("a/b~c \"d\"").title("Titre « ligne »\n\tavec \\ et \u0000 et 🙂 et \u2028").summary("")
        .addServices("SP.01").startedOn(LocalDate.of(2019, 2, 28)).endedOn(LocalDate.of(2021, 1, 1))
        .operator(Operator.OTHER).location(new Location(-0.0, 179.99999999999997))
        .addLinks("https://example.fr/?a=1&b=2").addTags("", " ").build();
    Dossier dossier = Dossier.builder().edition(2022)
        .collectivity(Collectivity.builder().code("2A004").name("Ajaccio").kind(CollectivityKind.COMMUNE)
            .population(Integer.MAX_VALUE).agents(1e-7).category(Category.VILLE).build())
        .addInitiatives(initiative).build();
    assertEquals(dossier, JSON.readDossier(JSON.write(dossier)));
  }

  @Test
  void arraysOfDossiersAreWrittenAndReadInOrderWithTheirSources() {
    DossierGenerator generator = DossierGenerator.forEdition(2022);
    List<Dossier> dossiers = LongStream.range(0, 25).mapToObj(generator::dossier).toList();
    StringWriter out = new StringWriter();
    JSON.writeDossiers(dossiers, out);
    List<DossierResult> results = JSON.readDossiers("all.json", out.toString(), DossierValidator.standard());
    assertEquals(25, results.size());
    for (int i = 0; i < 25; i++) {
      assertEquals("all.json#" + i, results.get(i).source());
      assertEquals(dossiers.get(i), results.get(i).dossier().orElseThrow());
      assertTrue(results.get(i).isValid(), () -> results.toString());
    }
  }

  @Test
  void emptyOptionalsAreLeftOutAndExplicitNullsOrEmptyListsReadTheSame() {
    Dossier dossier = ImmutableDossier.copyOf(DossierGenerator.forEdition(2022).dossier(5))
        .withSubmittedOn(java.util.Optional.empty()).withHistory(List.of());
    String written = JSON.write(dossier);
    assertTrue(written.startsWith("{\n  \"format\" : \"arobase/dossier@1\""), written);
    assertTrue(!written.contains("submittedOn") && !written.contains("history") && !written.contains("null"), written);
    String withNulls = written.replace("\"compliance\"", "\"submittedOn\" : null, \"history\" : [], \"compliance\"");
    assertEquals(dossier, JSON.readDossier(withNulls));
  }
}
