package org.arobase.cli.palmares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.Operator;
import org.arobase.core.palmares.KeyFigures;
import org.junit.jupiter.api.Test;

class FiguresFormatTest {

  private static Dossier dossier(String code, String name, CollectivityKind kind, int population, String region, int initiatives) {
    var builder = Dossier.builder().edition(2022).collectivity(Collectivity.builder()
        .code(code).name(name).kind(kind).population(population).region(region).build());
    for (int i = 0; i < initiatives; i++) {
      builder.addInitiatives(Initiative.builder().id("i" + i).title("Portail citoyen").addServices("SP.01")
          .startedOn(LocalDate.of(2021, 1, 1)).operator(Operator.COLLECTIVITY).build());
    }
    return builder.build();
  }

  private static KeyFigures figures(int previous) {
    return KeyFigures.builder(2022)
        .add(dossier("19015", "Ayen", CollectivityKind.COMMUNE, 717, "Nouvelle-Aquitaine", 2), 4, List.of("TRANSITION_ECOLOGIQUE"))
        .add(dossier("38185", "Grenoble", CollectivityKind.COMMUNE, 156_389, "Auvergne-Rhône-Alpes", 3), 5,
            List.of("DEMOCRATIE_LOCALE", "TRANSITION_ECOLOGIQUE"))
        .add(dossier("241500230", "CA du Bassin d'Aurillac", CollectivityKind.INTERCOMMUNALITE, 54_226, "Auvergne-Rhône-Alpes", 1),
            3, List.of())
        .previousDossiers(previous)
        .build();
  }

  @Test
  void thePublishedFiguresAreComparedAndTheirGrowthGiven() throws Exception {
    KeyFigures f = KeyFigures.builder(2022).published(org.arobase.core.LabelData.bundled())
        .add(dossier("19015", "Ayen", CollectivityKind.COMMUNE, 717, "Nouvelle-Aquitaine", 2), 4, List.of("TRANSITION_ECOLOGIQUE"))
        .build();
    KeyFigures.Comparison participants = f.published().stream().filter(c -> c.figure().equals("participants")).findFirst().get();
    assertEquals(1, participants.computed());
    assertEquals(254, participants.published());
    assertEquals(-253, participants.difference());
    assertEquals(1, f.published().stream().filter(c -> c.figure().equals("mention.TRANSITION_ECOLOGIQUE")).findFirst().get().computed());
    List<Integer> years = f.publishedGrowth().stream().map(KeyFigures.YearOnYear::year).toList();
    assertEquals(List.of(2021, 2022, 2023, 2024, 2025, 2026), years);
    KeyFigures.YearOnYear y2022 = f.publishedGrowth().get(1);
    assertEquals(16.0, y2022.percent(), "254 against 219");
    assertEquals(-6.2, f.publishedGrowth().get(3).percent(), "241 against 257");
    assertEquals(-5.8, f.publishedGrowth().get(5).percent(), "213 against 226");
    JsonNode root = new ObjectMapper().readTree(FiguresFormat.JSON.render(f));
    assertEquals(254, root.get("published").get("figures").get(0).get("published").asInt());
    assertEquals(6, root.get("published").get("growth").size());
    assertTrue(FiguresFormat.TEXT.render(f).contains("2026 : 213 contre 226 (-5,8 %)"), FiguresFormat.TEXT.render(f));
  }

  @Test
  void jsonFollowsTheDesignContract() throws Exception {
    JsonNode root = new ObjectMapper().readTree(FiguresFormat.JSON.render(figures(2)));
    // The contract's fields first, in order; "published" compares with the published figures.
    assertEquals(List.of("edition", "dossiers", "byKind", "initiatives", "inhabitants", "regions", "byArobases", "mentions", "growth",
        "published"), JsonFields.of(root));
    assertEquals(2022, root.get("edition").asInt());
    assertEquals(3, root.get("dossiers").asInt());
    assertEquals(List.of("INTERCOMMUNALITE", "VILLAGE", "VILLE"), JsonFields.of(root.get("byKind")));
    assertEquals(1, root.get("byKind").get("VILLE").asInt());
    assertEquals(6, root.get("initiatives").asInt());
    assertEquals(717 + 156_389 + 54_226, root.get("inhabitants").asLong());
    assertEquals(2, root.get("regions").asInt());
    assertEquals(List.of("1", "2", "3", "4", "5"), JsonFields.of(root.get("byArobases")));
    assertEquals(2, root.get("mentions").get("TRANSITION_ECOLOGIQUE").asInt());
    assertEquals(0, root.get("mentions").get("NUMERIQUE_EDUCATIF").asInt());
    JsonNode growth = root.get("growth");
    assertEquals(List.of("previousDossiers", "dossiers", "percent"), JsonFields.of(growth));
    assertEquals(50.0, growth.get("percent").asDouble());
    assertTrue(growth.get("percent").isNumber());
    assertTrue(new ObjectMapper().readTree(FiguresFormat.JSON.render(figures(0))).get("growth").isNull());
  }

  @Test
  void textSaysTheFiguresInFrench() {
    String text = FiguresFormat.TEXT.render(figures(2));
    assertEquals("""
        Chiffres clés du label 2022 (23e label)
        Dossiers : 3 dont 1 intercommunalités, 1 villages et 1 villes
        Initiatives : 6
        Habitants : 211 332
        Régions : 2
        Arobases : 5@ : 1   4@ : 1   3@ : 1   2@ : 0   1@ : 0
        Mentions :
          Numérique éducatif : 0
          Démocratie locale : 1
          Médiation numérique : 0
          Transition écologique (arobase verte) : 2
        Progression : +50,0 % (3 dossiers contre 2 l'année précédente)
        """, text);
  }

  @Test
  void frenchNumbersAndPercents() {
    assertEquals("4 816 456", French.number(4_816_456));
    assertEquals("219", French.number(219));
    assertEquals("-1 000", French.number(-1_000));
    assertEquals("+16,0 %", French.percent(16.0));
    assertEquals("-3,5 %", French.percent(-3.5));
    assertEquals("0,0 %", French.percent(0));
  }
}
