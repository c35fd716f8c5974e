package org.arobase.core.palmares;

import static org.arobase.core.Dossiers.ayen;
import static org.arobase.core.Dossiers.collectivity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
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
    assertMessage("list.tsv:1: no column 'arobases'; a list's columns are region, arobases, name, and optionally"
        + " departement and code, in any order", "name\tregion\n");
    assertMessage("list.tsv:2: arobases are 1 to 5, not '6'", "region\tarobases\tname\nBretagne\t6\tVannes\n");
    assertMessage("list.tsv:3: expected 3 TAB-separated columns, found 2", "region\tarobases\tname\n\nBretagne\t5\n");
    assertMessage("list.tsv:2: column 'name' is empty (write '-' for no value)", "region\tarobases\tname\nBretagne\t5\t \n");
    assertMessage("list.tsv:2: the region and the name are required", "region\tarobases\tname\n-\t5\tVannes\n");
    assertMessage("list.tsv: no header line 'region<TAB>arobases<TAB>name'", "# nothing\n");
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndAnUnknownOneIsAnError() {
    Palmares p = list("""
        name\tcode\tArobases\tDépartement\tRégion
        Marnay\t-\t3\t70\tBourgogne-Franche-Comté
        Mérignac\t33281\t5\t-\tNouvelle-Aquitaine
        """);
    assertEquals(List.of(Optional.of("70334"), Optional.of("33281")), p.entries().stream().map(PalmaresEntry::code).toList());
    assertEquals(List.of(3, 5), p.entries().stream().map(PalmaresEntry::arobases).toList());
    String columns = "; a list's columns are region, arobases, name, and optionally departement and code, in any order";
    assertMessage("list.tsv:2: unknown column 'departemnt'" + columns,
        "# a typo must not be ignored\nregion\tarobases\tname\tdepartemnt\nBretagne\t5\tElven\t56\n");
    assertMessage("list.tsv:1: column 'name' appears twice" + columns, "region\tarobases\tname\tName\n");
    assertMessage("list.tsv:1: column 4 of the header has no name" + columns, "region\tarobases\tname\t\n");
    assertMessage("list.tsv:1: no column 'region'" + columns, "departement\tarobases\tname\n");
    assertMessage("list.tsv:3: expected 4 TAB-separated columns, found 3",
        "region\tarobases\tname\tcode\nBretagne\t5\tElven\t56053\nBretagne\t5\tVannes\n");
  }

  @Test
  void theDepartementInParenthesesOrInItsColumnSeparatesHomonyms() {
    Palmares p = list("""
        region\tarobases\tname\tdepartement
        Bourgogne-Franche-Comté\t3\tMarnay (70)\t-
        Bourgogne-Franche-Comté\t2\tMarnay\t71
        Bourgogne-Franche-Comté\t1\tMarnay (71)\t71
        Auvergne-Rhône-Alpes\t4\tBourg-en-Bresse (1)\t-
        Auvergne-Rhône-Alpes\t4\tCA Porte de l'Isère (CAPI)\t38
        Corse\t5\tAjaccio (2a)\t-
        """);
    List<PalmaresEntry> rows = p.entries().stream().sorted(Comparator.comparingInt(e -> e.line().orElseThrow())).toList();
    // Lines 3 and 4 name the same Marnay (71) two ways: the second is a duplicate, left out and reported.
    assertEquals(List.of("70334", "71283", "01053", "243800604", "2A004"),
        rows.stream().map(e -> e.code().orElseThrow()).toList());
    assertEquals(List.of("Marnay", "Marnay", "Bourg-en-Bresse", "CA Porte de l'Isère (CAPI)", "Ajaccio"),
        rows.stream().map(PalmaresEntry::name).toList(), "the département is not part of the name; other parentheses are");
    assertEquals(List.of(2, 3, 5, 6, 7), rows.stream().map(e -> e.line().getAsInt()).toList());
    assertEquals(List.of(4), p.duplicates().stream().map(Palmares.Duplicate::line).toList());
    assertEquals("71283", p.duplicates().get(0).code());
    assertTrue(p.unresolved().isEmpty() && p.ambiguous().isEmpty() && p.problems().isEmpty());
  }

  @Test
  void aDepartementThatIsNoneOrThatDisagreesIsAnError() {
    assertMessage("list.tsv:2: the département is 56 in column departement but 29 in « Elven (29) »",
        "region\tarobases\tname\tdepartement\nBretagne\t5\tElven (29)\t56\n");
    assertMessage("list.tsv:2: '99' is not a département", "region\tarobases\tname\tdepartement\nBretagne\t5\tElven\t99\n");
    assertMessage("list.tsv:2: « Ville (20) »: '20' is not a département", "region\tarobases\tname\nCorse\t5\tVille (20)\n");
    assertMessage("list.tsv:2: '5605' is neither an INSEE code (5 characters) nor a SIREN (9 digits)",
        "region\tarobases\tname\tcode\nBretagne\t5\tElven\t5605\n");
    Palmares.Builder builder = Palmares.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.addList("list.tsv", new StringReader(
        "region\tarobases\tname\tdepartement\nBretagne\t5\tVannes\t56\nBretagne\t5\tElven (29)\t56\n")));
    assertEquals(0, builder.build().total(), "a bad list adds nothing");
  }

  @Test
  void aListedRowCanBeAddedWithItsDepartementAndCode() {
    Palmares p = Palmares.builder()
        .addListed("Pays de la Loire", 4, "Changé", "53", null)
        .addListed("Pays de la Loire", 3, "Allonnes (72)")
        .addListed("Île-de-France", 2, "Herblay", "", "95306")
        .build();
    assertEquals(Map.of("Changé", "53054", "Allonnes", "72003", "Herblay", "95306"),
        p.entries().stream().collect(Collectors.toMap(PalmaresEntry::name, e -> e.code().orElseThrow())));
    assertEquals(1, p.problems().size());
    Palmares.Problem herblay = p.problems().get(0);
    assertEquals(Palmares.Problem.Kind.NAME_MISMATCH, herblay.kind());
    assertEquals(0, herblay.line());
    assertEquals("« Herblay » is not a name of 95306 « Herblay-sur-Seine »; the code decides", herblay.toString());
    assertEquals(OptionalInt.empty(), p.entries().get(0).line());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Palmares.builder().addListed("Bretagne", 5, "Elven (29)", "56", null));
    assertEquals("the département is 56 in column departement but 29 in « Elven (29) » (Elven (29))", e.getMessage());
  }

  @Test
  void anUnknownCodeLeavesTheRowUnresolvedWithoutTryingTheName() {
    Palmares p = list("region\tarobases\tname\tcode\nNouvelle-Aquitaine\t5\tMérignac\t33999\n");
    assertEquals(Optional.empty(), p.entries().get(0).code());
    assertEquals(List.of("Mérignac"), p.unresolved().stream().map(Resolution::query).toList());
    assertTrue(p.unresolved().get(0).note().endsWith("a row with a code is identified by its code only"), p.unresolved().get(0).note());
  }

  @Test
  void aCodeOfAnotherRegionIsAProblemNotAGuess() {
    Palmares p = list("region\tarobases\tname\tcode\nBretagne\t5\tVannes\t33281\n");
    assertEquals(Optional.of("33281"), p.entries().get(0).code());
    assertEquals(List.of(Palmares.Problem.Kind.NAME_MISMATCH, Palmares.Problem.Kind.REGION_MISMATCH),
        p.problems().stream().map(Palmares.Problem::kind).toList());
    assertEquals("list.tsv:2: 33281 « Mérignac » is in Nouvelle-Aquitaine, not in « Bretagne »; the code decides",
        p.problems().get(1).toString());
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
  void theSameCollectivityTwiceIsKeptOnceAndReported() {
    Dossier ayen = ayen();
    Palmares p = Palmares.builder()
        .add("a.json", ayen, decision(ayen, Category.VILLAGE, 3), 3)
        .add("b.json", ayen, decision(ayen, Category.VILLAGE, 4), 4)
        .build();
    assertEquals(1, p.total());
    assertEquals(700, p.inhabitants());
    assertEquals(3, p.entries().get(0).arobases());
    assertEquals(1, p.duplicates().size());
    Palmares.Duplicate d = p.duplicates().get(0);
    assertEquals("b.json", d.source());
    assertEquals(ayen.collectivity().code(), d.code());
    assertTrue(d.toString().startsWith("b.json: « Ayen » (19015) is already in the palmarès"), d.toString());
  }

  @Test
  void aListNamingTheSameCodeTwiceKeepsTheFirstLine() {
    Palmares p = list("""
        region\tarobases\tname\tcode
        Nouvelle-Aquitaine\t3\tAyen\t19015
        Nouvelle-Aquitaine\t5\tAyen\t19015
        """);
    assertEquals(1, p.total());
    assertEquals(3, p.entries().get(0).arobases());
    assertEquals(List.of(3), p.duplicates().stream().map(Palmares.Duplicate::line).toList());
    assertTrue(p.duplicates().get(0).toString().startsWith("list.tsv:3:"), p.duplicates().get(0).toString());
    assertTrue(p.duplicates().get(0).toString().contains("(line 2)"), p.duplicates().get(0).toString());
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
