package org.arobase.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arobase.core.geo.Resolution.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResolutionTest {

  private final Geography geo = Geography.official();

  @ParameterizedTest(name = "« {0} » in « {1} » -> {2}")
  @CsvSource(delimiter = '|', nullValues = "", value = {
    "Saint-Égrève | | 38382",
    "saint egreve | | 38382",
    "ST-ÉGRÈVE | Auvergne-Rhône-Alpes | 38382",
    "St Egreve | auvergne rhone alpes | 38382",
    "L'Isle-Adam | Île-de-France | 95313",
    "l’isle adam | | 95313",
    "Vandœuvre-lès-Nancy | | 54547",
    "Vandoeuvre les Nancy | | 54547",
    "Sainte-Anne | Guadeloupe | 97128",
    "Sainte-Anne | Martinique | 97226",
    "Bastia | Corse | 2B033",
    "CA de Bastia | Corse | 242000354",
    "CA du Bassin d'Aurillac | Auvergne-Rhône-Alpes | 241500230",
    "Communauté d'agglomération du Bassin d'Aurillac | | 241500230",
    "Bassin d'Aurillac | | 241500230",
    "CC du Pays Fléchois | Pays de la Loire | 247200348",
    "Communauté de communes du Pays fléchois | | 247200348",
    "Métropole de Lyon | | 200046977",
    "Dijon Métropole | | 242100410",
    "Métropole du Grand Paris | | 200054781",
  })
  void exactNamesResolveWhateverTheirAccentsCasePunctuationOrPrefix(String name, String region, String code) {
    Resolution r = geo.resolve(name, region);
    assertEquals(Status.RESOLVED, r.status(), r.note());
    assertEquals(code, r.match().orElseThrow().code());
    assertEquals(List.of(code), r.candidateCodes());
    assertTrue(r.note().startsWith("official name"), r.note());
  }

  @ParameterizedTest(name = "typo « {0} » in « {1} » -> {2}")
  @CsvSource(delimiter = '|', value = {
    "Gandrang | Grand Est | 57242",
    "Arviu | Occitanie | 12011",
    "Quiers-sur-Bézone | Centre-Val de Loire | 45259",
    "Saint-Egreeve | Auvergne-Rhône-Alpes | 38382",
    "Saint-Egerve | Auvergne-Rhône-Alpes | 38382",
    "CC du Pays des Acharde | Pays de la Loire | 248500530",
  })
  void smallTyposResolveWithinTheirBudget(String name, String region, String code) {
    Resolution r = geo.resolve(name, region);
    assertEquals(Status.RESOLVED, r.status(), r.note());
    assertEquals(code, r.match().orElseThrow().code());
    assertTrue(r.note().startsWith("closest official name"), r.note());
  }

  @Test
  void formerCommunesResolveToTheCommuneTheyBelongTo() {
    Resolution r = geo.resolve("Jaunay-Clan", "Nouvelle-Aquitaine");
    assertEquals(Status.RESOLVED, r.status());
    assertEquals("86115", r.match().orElseThrow().code());
    assertEquals("former commune « Jaunay-Clan », now part of « Jaunay-Marigny » in Nouvelle-Aquitaine", r.note());
  }

  @Test
  void aSharedNameIsAmbiguousAndListsItsCandidatesNeverGuessed() {
    Resolution r = geo.resolve("Marnay", "Bourgogne-Franche-Comté");
    assertEquals(Status.AMBIGUOUS, r.status());
    assertEquals(List.of("70334", "71283"), r.candidateCodes());
    assertTrue(r.match().isEmpty());
    Resolution anywhere = geo.resolve("Sainte-Anne");
    assertEquals(Status.AMBIGUOUS, anywhere.status());
    assertEquals("97128", anywhere.candidateCodes().get(0), "largest first");
    assertEquals(5, anywhere.candidates().size());
  }

  @Test
  void aRegionNarrowsTheSearch() {
    assertEquals(Status.AMBIGUOUS, geo.resolve("Mérignac").status());
    assertEquals(Status.AMBIGUOUS, geo.resolve("Mérignac", "Nouvelle-Aquitaine").status());
    Resolution wrongRegion = geo.resolve("Grenoble", "Bretagne");
    assertEquals(Status.UNRESOLVED, wrongRegion.status());
    assertTrue(wrongRegion.note().contains("in Bretagne"), wrongRegion.note());
  }

  @ParameterizedTest(name = "« {0} » in {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "Marnay | 70 | 70334",
    "Marnay | 71 | 71283",
    "Marnay | 86 | 86148",
    "Mérignac | 33 | 33281",
    "Mérignac | 16 | 16216",
    "Mérignac | 17 | 17229",
    "Allonnes | 72 | 72003",
    "Allonnes | 28 | 28004",
    "Allonnes | 49 | 49002",
    "Sainte-Marie | 974 | 97418",
    "Sainte-Marie | 972 | 97228",
    "Changé | 53 | 53054",
    "Changé | 72 | 72058",
    "Ajaccio | 2a | 2A004",
    "Bourg-en-Bresse | 1 | 01053",
    "Naves | 07 | 07334",
    "Escaufourt | 02 | 59545",
    "Escaufourt | 59 | 59545",
    "CA du Bassin d'Aurillac | 15 | 241500230",
  })
  void aDepartementSeparatesHomonyms(String name, String departement, String code) {
    Resolution r = geo.resolve(name, null, departement);
    assertEquals(Status.RESOLVED, r.status(), r.note());
    assertEquals(code, r.match().orElseThrow().code());
  }

  @Test
  void aNameIsNeverResolvedOutsideItsDepartement() {
    Resolution grenoble = geo.resolve("Grenoble", "Auvergne-Rhône-Alpes", "73");
    assertEquals(Status.UNRESOLVED, grenoble.status());
    assertEquals("no collectivité named « Grenoble » in Savoie (73); the one of that name is Grenoble (38185, 38):"
        + " check the département or give the code", grenoble.note());
    Resolution marnay = geo.resolve("Marnay", null, "74");
    assertEquals(Status.UNRESOLVED, marnay.status(), "not corrected into Marnaz (74169): the name exists elsewhere");
    assertEquals(Status.RESOLVED, geo.resolve("Marnaz", null, "74").status());
    assertEquals(Status.UNRESOLVED, geo.resolve("Lamentin", "Martinique", "972").status(), "Lamentin is in 971");
    assertEquals(Status.UNRESOLVED, geo.resolve("Évry", null, "91").status(), "Évry is in 89; Évry-Courcouronnes has no Évry déléguée");
    assertEquals(Status.UNRESOLVED, geo.resolve("Herblay", null, "95").status(), "no renaming in the data");
    assertEquals("95306", geo.resolve("Herblay-sur-Seine", null, "95").match().orElseThrow().code());
    Resolution elsewhere = geo.resolve("Les Abymes", "Guadeloupe", "972");
    assertEquals("the département Martinique (972) is in Martinique, not in Guadeloupe", elsewhere.note());
    assertEquals("'20' is not a département of " + geo.source(), geo.resolve("Ajaccio", null, "20").note());
  }

  @Test
  void withoutDepartementACurrentNameIsPreferredToAFormerOne() {
    Resolution naves = geo.resolve("Naves");
    assertEquals(Status.AMBIGUOUS, naves.status());
    assertFalse(naves.candidateCodes().contains("07334"), naves.candidateCodes().toString());
  }

  @Test
  void aCodeIdentifiesACommuneAnIntercommunaliteOrAFormerCommune() {
    assertEquals("33281", geo.identify("33281").match().orElseThrow().code());
    assertEquals("2A004", geo.identify("2a004").match().orElseThrow().code());
    assertEquals("241500230", geo.identify("241500230").match().orElseThrow().code());
    Resolution siren = geo.identify("213302813");
    assertEquals("33281", siren.match().orElseThrow().code());
    assertEquals("SIREN 213302813 of the commune « Mérignac » (INSEE 33281)", siren.note());
    Resolution former = geo.identify("74011");
    assertEquals("74010", former.match().orElseThrow().code());
    assertEquals("INSEE code 74011 of the former commune « Annecy-le-Vieux », now part of « Annecy » (74010)", former.note());
    assertEquals(Status.UNRESOLVED, geo.identify("33999").status());
    assertEquals(Status.UNRESOLVED, geo.identify(" ").status());
    assertEquals(Status.UNRESOLVED, geo.identify(null).status());
  }

  @Test
  void theNamesOfACollectiviteIncludeItsFormerOnesAndOtherPrefixes() {
    OfficialCollectivity annecy = geo.find("74010").orElseThrow();
    assertTrue(geo.isNameOf("ANNECY", annecy));
    assertTrue(geo.isNameOf("Annecy-le-Vieux", annecy));
    assertFalse(geo.isNameOf("Annecy-le-Viex", annecy), "no typo");
    OfficialCollectivity aurillac = geo.find("241500230").orElseThrow();
    assertTrue(geo.isNameOf("Communauté d'agglomération du Bassin d'Aurillac", aurillac));
    assertFalse(geo.isNameOf("CA Caux Vallée de Seine", geo.find("200010700").orElseThrow()), "no EPCI history");
    assertEquals(Optional.of("01"), geo.departement("1"));
    assertEquals(Optional.of("2B"), geo.departement(" 2b "));
    assertEquals(Optional.empty(), geo.departement("20"));
  }

  @Test
  void unknownNamesAndRegionsAreUnresolved() {
    Resolution r = geo.resolve("Atlantide-sur-Mer", "Bretagne");
    assertEquals(Status.UNRESOLVED, r.status());
    assertEquals(List.of(), r.candidates());
    assertEquals("no commune or intercommunalité is named « Atlantide-sur-Mer » in Bretagne, even allowing 2 typos", r.note());
    assertEquals(Status.UNRESOLVED, geo.resolve("Ayen", "Atlantide").status());
    assertTrue(geo.resolve("Ayen", "Atlantide").note().startsWith("'Atlantide' is not a region"));
    assertEquals(Status.UNRESOLVED, geo.resolve("").status());
    assertEquals(Status.UNRESOLVED, geo.resolve("  -- ' ").status());
    assertEquals(Status.UNRESOLVED, geo.resolve(null).status());
    assertEquals(Status.RESOLVED, geo.resolve("Ayen", "").status(), "a blank region is no region");
  }

  @Test
  void shortNamesGetNoTypoBudget() {
    assertEquals(Status.UNRESOLVED, geo.resolve("Buk", "Île-de-France").status());
    assertEquals("78117", geo.resolve("Buc", "Île-de-France").match().orElseThrow().code());
  }

  @Test
  void anIntercommunalPrefixOnlyFindsIntercommunalites() {
    assertEquals(Status.UNRESOLVED, geo.resolve("CC Ayen").status());
  }

  @Test
  void threadsResolvingAtOnceAgreeWithOneThread() throws Exception {
    List<String> names = List.of("Marnay", "Saint-Égrève", "Gandrang", "CA de Bastia", "Jaunay-Clan", "Atlantide");
    Geography fresh = Geography.load(Path.of("src", "main", "resources", "org", "arobase", "core", "geo"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Resolution>>> tasks = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        tasks.add(() -> names.stream().map(fresh::resolve).toList());
      }
      List<Resolution> expected = names.stream().map(geo::resolve).toList();
      for (Future<List<Resolution>> f : pool.invokeAll(tasks)) {
        assertEquals(expected.stream().map(Resolution::candidateCodes).toList(), f.get().stream().map(Resolution::candidateCodes).toList());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aResolutionChecksItsCandidatesFitItsStatus() {
    assertThrows(IllegalArgumentException.class, () -> new Resolution("x", Status.RESOLVED, List.of(), "?"));
    assertThrows(IllegalArgumentException.class, () -> new Resolution("x", Status.UNRESOLVED,
        List.of(geo.find("19015").orElseThrow()), "?"));
    assertThrows(IllegalArgumentException.class, () -> new Resolution("x", Status.AMBIGUOUS,
        List.of(geo.find("19015").orElseThrow()), "?"));
  }
}
