package org.arobase.core.palmares;

import static org.arobase.core.Dossiers.ayen;
import static org.arobase.core.Dossiers.collectivity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.arobase.core.Category;
import org.arobase.core.Collectivity;
import org.arobase.core.Dossier;
import org.arobase.core.Dossiers;
import org.arobase.core.Edition;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.Mosaic;
import org.arobase.core.decision.Provenance;
import org.arobase.core.decision.RatedCollectivity;
import org.arobase.core.geo.Resolution;
import org.junit.jupiter.api.Test;

class PalmaresTest {

  static Decision decision(Dossier dossier, Category category, int arobases, Mention... mentions) {
    Collectivity c = dossier.collectivity();
    return Decision.builder()
        .edition(dossier.edition())
        .collectivity(new RatedCollectivity(c.code(), c.name(), category))
        .arobases(arobases)
        .addMentions(mentions)
        .mosaic(new Mosaic(0.5, List.of(), List.of()))
        .provenance(new Provenance("2022", "test", "0", "2022", "test", Decision.FORMAT))
        .build();
  }

  private static Palmares list(String text) {
    return Palmares.builder().addList("list.tsv", new StringReader(text)).build();
  }

  private static List<String> names(List<PalmaresEntry> entries) {
    return entries.stream().map(PalmaresEntry::name).toList();
  }

  @Test
  void aListIsGroupedByRegionDepartementArobasesThenName() {
    Palmares p = list("""
        region\tarobases\tname
        # a comment
        Île-de-France\t3\tBuc
        Auvergne-Rhône-Alpes\t4\tSaint-Égrève
        Île-de-France\t5\tVersailles
        Auvergne-Rhône-Alpes\t5\tGrenoble
        Auvergne-Rhône-Alpes\t4\tCA du Bassin d'Aurillac
        Bretagne\t2\tAtlantide-sur-Mer
        Bourgogne-Franche-Comté\t1\tMarnay

        Île-de-France\t5\tCachan
        """);
    assertEquals(8, p.total());
    assertEquals(List.of("Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Île-de-France"),
        p.regions().stream().map(Palmares.Region::name).toList());
    assertEquals(List.of("CA du Bassin d'Aurillac", "Grenoble", "Saint-Égrève"), names(p.regions().get(0).entries()));
    assertEquals(List.of("Versailles", "Buc", "Cachan"), names(p.regions().get(3).entries()));
    assertEquals(Map.of(1, 1, 2, 1, 3, 1, 4, 2, 5, 3), p.byArobases());
    assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(p.byArobases().keySet()));
    assertEquals(Map.of(1, 0, 2, 0, 3, 0, 4, 2, 5, 1), p.regions().get(0).byArobases());
    assertEquals(3, p.regions().get(0).total());

    PalmaresEntry aurillac = p.regions().get(0).entries().get(0);
    assertEquals(Optional.of("241500230"), aurillac.code());
    assertEquals(Optional.of(Category.TERRITOIRE), aurillac.category());
    assertEquals(Optional.of("15"), aurillac.departement());
    assertEquals(OptionalInt.of(54_226), aurillac.population());
    assertEquals(Optional.of(Category.VILLE), p.regions().get(3).entries().get(1).category());

    assertEquals(List.of("Atlantide-sur-Mer"), p.unresolved().stream().map(Resolution::query).toList());
    assertEquals(List.of("Marnay"), p.ambiguous().stream().map(Resolution::query).toList());
    assertEquals(List.of("70334", "71283"), p.ambiguous().get(0).candidateCodes());
    PalmaresEntry marnay = p.regions().get(1).entries().get(0);
    assertEquals(Optional.empty(), marnay.code());
    assertEquals(Optional.empty(), marnay.category());
    assertTrue(p.inhabitants() > 100_000);
    assertEquals(Map.of(Category.VILLAGE, 0, Category.VILLE, 5, Category.TERRITOIRE, 1), p.byCategory());
  }

  @Test
  void anUnresolvedIntercommunaliteIsStillATerritoire() {
    Palmares p = list("region\tarobases\tname\nNormandie\t3\tCA Caux Vallée de Seine\n");
    assertEquals(Optional.of(Category.TERRITOIRE), p.entries().get(0).category());
    assertEquals(Optional.empty(), p.entries().get(0).code());
  }

  @Test
  void theVillageThresholdDecidesTheFamilyOfAListedCommune() {
    Palmares p = Palmares.builder().villagePopulationThreshold(2_000)
        .addListed("Nouvelle-Aquitaine", 4, "Ayen").addListed("Île-de-France", 3, "Buc").build();
    assertEquals(List.of("Buc", "Ayen"), names(p.entries()));
    assertEquals(Optional.of(Category.VILLE), p.entries().get(0).category());
    assertEquals(Optional.of(Category.VILLAGE), p.entries().get(1).category());
    assertEquals(Optional.of(Category.VILLAGE),
        Palmares.builder().villagePopulationThreshold(1_000_000).addListed("Île-de-France", 3, "Buc").build().entries().get(0).category());
  }

  @Test
  void aBadListIsRefusedWithItsLine() {
    assertMessage("list.tsv:1: expected the header 'region<TAB>arobases<TAB>name'", "name\tregion\n");
    assertMessage("list.tsv:2: arobases are 1 to 5, not '6'", "region\tarobases\tname\nBretagne\t6\tVannes\n");
    assertMessage("list.tsv:3: expected 3 TAB-separated columns, found 2", "region\tarobases\tname\n\nBretagne\t5\n");
    assertMessage("list.tsv:2: column 'name' is empty (write '-' for no value)", "region\tarobases\tname\nBretagne\t5\t \n");
    assertMessage("list.tsv:2: the region and the name are required", "region\tarobases\tname\n-\t5\tVannes\n");
    assertMessage("list.tsv: no header line 'region<TAB>arobases<TAB>name'", "# nothing\n");
  }

  private static void assertMessage(String message, String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> list(text));
    assertEquals(message, e.getMessage());
  }

  @Test
  void ratedDossiersEnterAtTheJurysLevelWhenThereIsOne() {
    Dossier ayen = ayen();
    Dossier bare = ayen().withCollectivity(collectivity(ayen()).withCode("38382").withName("Saint-Égrève")
        .withPopulation(17_986).withDepartement(Optional.empty()).withRegion(Optional.empty()));
    Mention green = Edition.of(2022).mention("TRANSITION_ECOLOGIQUE").orElseThrow();
    Palmares p = Palmares.builder()
        .add(ayen, decision(ayen, Category.VILLAGE, 3, green), 4)
        .add(bare, decision(bare, Category.VILLE, 5))
        .build();
    assertEquals(List.of("Auvergne-Rhône-Alpes", "Nouvelle-Aquitaine"), p.regions().stream().map(Palmares.Region::name).toList());
    PalmaresEntry egreve = p.regions().get(0).entries().get(0);
    assertEquals(Optional.of("38"), egreve.departement());
    assertEquals(5, egreve.arobases());
    PalmaresEntry a = p.regions().get(1).entries().get(0);
    assertEquals(4, a.arobases());
    assertEquals(OptionalInt.of(3), a.computedArobases());
    assertEquals(List.of(green), a.mentions());
    assertEquals(Optional.of(Category.VILLAGE), a.category());
    assertEquals(700 + 17_986, p.inhabitants());
    assertThrows(IllegalArgumentException.class, () -> Palmares.builder().add(ayen, decision(bare, Category.VILLE, 5)));
    assertThrows(IllegalArgumentException.class, () -> Palmares.builder().add(ayen, decision(ayen, Category.VILLE, 5), 6));
  }

  @Test
  void aDossierUnknownToTheGeographyKeepsItsCodeUnderAnUnknownRegion() {
    Dossier lost = ayen().withCollectivity(collectivity(ayen()).withCode("19999").withRegion(Optional.empty()));
    Palmares p = Palmares.builder().add(lost, decision(lost, Category.VILLAGE, 2)).build();
    assertEquals(Palmares.UNKNOWN_REGION, p.regions().get(0).name());
    assertEquals(Optional.of("19999"), p.entries().get(0).code());
  }

  @Test
  void familiesHaveTheirPublishedNames() {
    assertEquals("Villes Internet", Palmares.family(Category.VILLE));
    assertEquals("Villages Internet", Palmares.family(Category.VILLAGE));
    assertEquals("Territoires Internet", Palmares.family(Category.TERRITOIRE));
  }

  @Test
  void anEntryChecksItsLevelAndName() {
    assertThrows(IllegalArgumentException.class, () -> PalmaresEntry.builder().name("Buc").region("Île-de-France").arobases(0).build());
    assertThrows(IllegalArgumentException.class, () -> PalmaresEntry.builder().name(" ").region("Île-de-France").arobases(1).build());
    assertThrows(IllegalArgumentException.class,
        () -> PalmaresEntry.builder().name("Buc").region("Île-de-France").arobases(1).computedArobases(9).build());
  }
}
