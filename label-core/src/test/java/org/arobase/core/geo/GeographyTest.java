package org.arobase.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arobase.core.Category;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeographyTest {

  private final Geography geo = Geography.official();

  @Test
  void theOfficialGeographyNamesItsSource() {
    assertEquals("@etalab/decoupage-administratif 6.0.0 (COG 2026)", geo.source());
    assertEquals(26, geo.regions().size());
    assertEquals("Guadeloupe", geo.regions().get(0));
    assertTrue(geo.regions().containsAll(List.of("Île-de-France", "Corse", "Mayotte", "Saint-Martin")));
  }

  @Test
  void communesCarryTheirDepartementRegionPopulationAndIntercommunalite() {
    OfficialCollectivity ayen = geo.find("19015").orElseThrow();
    assertEquals("Ayen", ayen.name());
    assertEquals(CollectivityKind.COMMUNE, ayen.kind());
    assertEquals("COM", ayen.type());
    assertEquals("19", ayen.departement());
    assertEquals("Nouvelle-Aquitaine", ayen.region());
    assertEquals(717, ayen.population());
    assertEquals(Optional.of("211901509"), ayen.siren());
    assertEquals(Optional.of("200043172"), ayen.intercommunalite());
    assertEquals(Category.VILLAGE, ayen.category(3_500));
    assertEquals("Corse", geo.find("2A004").orElseThrow().region());
    assertEquals("Guadeloupe", geo.find("97105").orElseThrow().region());
    assertEquals(Optional.empty(), geo.find("99999"));
    assertEquals(Optional.empty(), geo.find(null));
  }

  @Test
  void intercommunalitesCarryTheirTypeMembersAndMainDepartement() {
    OfficialCollectivity aurillac = geo.find("241500230").orElseThrow();
    assertEquals("CA du Bassin d'Aurillac", aurillac.name());
    assertEquals(CollectivityKind.INTERCOMMUNALITE, aurillac.kind());
    assertEquals("CA", aurillac.type());
    assertEquals("15", aurillac.departement());
    assertEquals("Auvergne-Rhône-Alpes", aurillac.region());
    assertEquals(54_226, aurillac.population());
    assertEquals(25, aurillac.members().size());
    assertTrue(aurillac.members().contains("15014"));
    assertEquals(Category.TERRITOIRE, aurillac.category(3_500));
    List<OfficialCollectivity> members = geo.members(aurillac);
    assertTrue(members.stream().allMatch(m -> m.intercommunalite().equals(Optional.of("241500230"))));
    assertEquals("MET69", geo.find("200046977").orElseThrow().type());
    assertEquals(Optional.of("200054781"), geo.find("75056").orElseThrow().intercommunalite());
  }

  @Test
  void departementsAndRegionsAreNamed() {
    assertEquals(Optional.of("Corse-du-Sud"), geo.departementName("2A"));
    assertEquals(Optional.of("Guadeloupe"), geo.regionOf("971"));
    assertEquals(Optional.of("Bourgogne-Franche-Comté"), geo.regionOf("21"));
    assertEquals(Optional.of("Île-de-France"), geo.region("ile de france"));
    assertEquals(Optional.of("Provence-Alpes-Côte d'Azur"), geo.region("PROVENCE ALPES COTE D AZUR"));
    assertEquals(Optional.empty(), geo.region("Atlantide"));
    assertEquals(Optional.empty(), geo.departementName("00"));
  }

  @Test
  void theOfficialGeographyIsLoadedOnceForEveryThread() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Geography>> tasks = List.of(Geography::official, Geography::official, Geography::official, Geography::official);
      for (Future<Geography> f : pool.invokeAll(tasks)) {
        assertSame(geo, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void completeFillsWhatTheCollectivityLeavesOut() {
    Collectivity bare = Collectivity.builder().code("19015").name("Ayen").kind(CollectivityKind.COMMUNE).population(0).build();
    Collectivity done = geo.complete(bare);
    assertEquals(Optional.of("19"), done.departement());
    assertEquals(Optional.of("Nouvelle-Aquitaine"), done.region());
    assertEquals(717, done.population());
    Collectivity declared = Collectivity.builder().from(bare).population(700).region("Nouvelle Aquitaine").build();
    assertEquals(700, geo.complete(declared).population());
    assertEquals(Optional.of("Nouvelle Aquitaine"), geo.complete(declared).region());
    Collectivity unknown = Collectivity.builder().from(bare).code("19999").build();
    assertSame(unknown, geo.complete(unknown));
    Collectivity wrongKind = Collectivity.builder().from(bare).kind(CollectivityKind.INTERCOMMUNALITE).build();
    assertSame(wrongKind, geo.complete(wrongKind));
  }

  @Test
  void aGeographyLoadsFromADirectory(@TempDir Path dir) throws IOException {
    writeTiny(dir, "19015\tAyen\t19\t717\t211901509\t200043172");
    Geography tiny = Geography.load(dir);
    assertEquals("test 1 (COG 2026)", tiny.source());
    assertEquals("Ayen", tiny.find("19015").orElseThrow().name());
    assertEquals(List.of("19015"), tiny.find("200043172").orElseThrow().members());
    assertEquals(Resolution.Status.RESOLVED, tiny.resolve("ayen").status());
  }

  @Test
  void aBrokenGeographyFileIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    writeTiny(dir, "19015\tAyen\t19\t717");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Geography.load(dir));
    assertTrue(e.getMessage().contains("communes.tsv:2: expected 6 TAB-separated columns, found 4"), e.getMessage());
    writeTiny(dir, "19015\tAyen\t99\t717\t-\t-");
    e = assertThrows(IllegalArgumentException.class, () -> Geography.load(dir));
    assertTrue(e.getMessage().contains("unknown département 99"), e.getMessage());
    writeTiny(dir, "19015\tAyen\t19\tmany\t-\t-");
    e = assertThrows(IllegalArgumentException.class, () -> Geography.load(dir));
    assertTrue(e.getMessage().contains("'many' is not a population"), e.getMessage());
    Files.delete(dir.resolve("epci.tsv"));
    UncheckedIOException missing = assertThrows(UncheckedIOException.class, () -> Geography.load(dir));
    assertTrue(missing.getMessage().contains("epci.tsv"), missing.getMessage());
  }

  private static void writeTiny(Path dir, String communeRow) throws IOException {
    String head = "# test\n@source\ttest\n@version\t1\n@millesime\t2026\n";
    write(dir, "regions.tsv", head + "code\tname\n75\tNouvelle-Aquitaine\n");
    write(dir, "departements.tsv", head + "code\tname\tregion\n19\tCorrèze\t75\n");
    write(dir, "epci.tsv", head + "siren\tname\ttype\tpopulation\n200043172\tCC du Pays de l'Yssandonnais\tCC\t717\n");
    write(dir, "communes.tsv", "code\tname\tdepartement\tpopulation\tsiren\tepci\n" + communeRow + "\n");
    write(dir, "former-communes.tsv", head + "code\tname\tkind\tcommune\n");
  }

  private static void write(Path dir, String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }
}
