package org.arobase.core.palmares;

import static org.arobase.core.Dossiers.ayen;
import static org.arobase.core.Dossiers.collectivity;
import static org.arobase.core.palmares.PalmaresTest.decision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossier;
import org.arobase.core.Dossiers;
import org.arobase.core.Edition;
import org.arobase.core.Mention;
import org.junit.jupiter.api.Test;

class KeyFiguresTest {

  @Test
  void the2022GrowthIsSixteenPercent() {
    KeyFigures.Builder builder = KeyFigures.builder(2022).previousDossiers(219);
    Dossier ayen = ayen();
    for (int i = 0; i < 254; i++) {
      builder.add(ayen, decision(ayen, Category.VILLAGE, 1 + i % 5));
    }
    KeyFigures figures = builder.build();
    assertEquals(254, figures.dossiers());
    assertEquals(new KeyFigures.Growth(219, 254, 16.0), figures.growth().orElseThrow());
  }

  @Test
  void growthIsRoundedToOneDecimal() {
    assertEquals(16.0, KeyFigures.Growth.of(219, 254).percent());
    assertEquals(-10.0, KeyFigures.Growth.of(250, 225).percent());
    assertEquals(33.3, KeyFigures.Growth.of(3, 4).percent());
    assertEquals(0.0, KeyFigures.Growth.of(7, 7).percent());
    assertThrows(IllegalArgumentException.class, () -> KeyFigures.Growth.of(0, 5));
  }

  @Test
  void figuresCountKindsInitiativesInhabitantsRegionsLevelsAndMentions() {
    Dossier village = ayen();
    Dossier ville = ayen().withCollectivity(collectivity(ayen()).withCode("38382").withName("Saint-Égrève")
        .withPopulation(17_986).withDepartement(Optional.empty()).withRegion(Optional.empty()));
    Dossier territoire = ayen().withCollectivity(collectivity(ayen()).withCode("241500230").withName("CA du Bassin d'Aurillac")
        .withKind(CollectivityKind.INTERCOMMUNALITE).withPopulation(54_226).withRegion("Auvergne-Rhône-Alpes"));
    Mention green = Edition.of(2022).mention("TRANSITION_ECOLOGIQUE").orElseThrow();
    KeyFigures f = KeyFigures.builder(2022)
        .add(village, decision(village, Category.VILLAGE, 4, green))
        .add(ville, decision(ville, Category.VILLE, 5, green))
        .add(territoire, 3, List.of("DEMOCRATIE_LOCALE"))
        .build();
    assertEquals(2022, f.edition());
    assertEquals(3, f.dossiers());
    assertEquals(List.of("INTERCOMMUNALITE", "VILLAGE", "VILLE"), List.copyOf(f.byKind().keySet()));
    assertEquals(Map.of("INTERCOMMUNALITE", 1, "VILLAGE", 1, "VILLE", 1), f.byKind());
    assertEquals(6, f.initiatives());
    assertEquals(700L + 17_986 + 54_226, f.inhabitants());
    assertEquals(2, f.regions());
    assertEquals(Map.of(1, 0, 2, 0, 3, 1, 4, 1, 5, 1), f.byArobases());
    assertEquals(List.of("NUMERIQUE_EDUCATIF", "DEMOCRATIE_LOCALE", "MEDIATION_NUMERIQUE", "TRANSITION_ECOLOGIQUE"),
        List.copyOf(f.mentions().keySet()));
    assertEquals(2, f.mentions().get("TRANSITION_ECOLOGIQUE"));
    assertEquals(1, f.mentions().get("DEMOCRATIE_LOCALE"));
    assertEquals(Optional.empty(), f.growth());
  }

  @Test
  void aCommuneWithoutDecisionTakesItsCategoryFromItsPopulation() {
    Dossier big = ayen().withCollectivity(collectivity(ayen()).withPopulation(5_000));
    assertEquals(1, KeyFigures.builder(2022).add(big, 2, List.of()).build().byKind().get("VILLE"));
    assertEquals(1, KeyFigures.builder(2022).villagePopulationThreshold(6_000).add(big, 2, List.of()).build().byKind().get("VILLAGE"));
    assertEquals(List.of(), List.copyOf(KeyFigures.builder(1999).build().mentions().keySet()));
    assertThrows(IllegalArgumentException.class, () -> KeyFigures.builder(2022).add(big, 0, List.of()));
    assertThrows(IllegalArgumentException.class, () -> KeyFigures.builder(2022).previousDossiers(-1));
  }
}
