package org.arobase.cli.palmares;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.arobase.core.geo.Resolution;
import org.arobase.core.palmares.Palmares;
import org.junit.jupiter.api.Test;

/** The association's published 2020 palmarès (21e label), imported and reproduced. */
class Palmares2020Test {

  private static final Palmares P2020 = Palmares.importList(Path.of("data", "palmares-2020.tsv"));

  @Test
  void theListReproducesThePublishedCounts() {
    assertEquals(232, P2020.total());
    assertEquals(16, P2020.regions().size());
    assertEquals(Map.of(5, 63, 4, 48, 3, 58, 2, 44, 1, 19), P2020.byArobases());
  }

  @Test
  void regionsKeepTheListsSpellingAndCounts() {
    Palmares.Region idf = P2020.regions().stream().filter(r -> r.name().equals("Île-de-France")).findFirst().orElseThrow();
    assertEquals(53, idf.total());
    assertEquals("Auvergne-Rhône-Alpes", P2020.regions().get(0).name());
    assertEquals("Provence-Alpes-Côte d'Azur", P2020.regions().get(15).name());
  }

  @Test
  void misspelledAndSharedNamesAreReportedNotGuessed() {
    assertEquals(List.of("Ports", "Herblay", "Valbonne Sophia Antipolis", "CA Caux Vallée de Seine"),
        P2020.unresolved().stream().map(Resolution::query).toList());
    assertEquals(List.of("Marnay", "Mérignac", "Sainte-Marie", "Allonnes", "Changé"),
        P2020.ambiguous().stream().map(Resolution::query).toList());
    assertEquals(List.of("33281", "16216", "17229"), P2020.ambiguous().get(1).candidateCodes());
    long identified = P2020.entries().stream().filter(e -> e.code().isPresent()).count();
    assertEquals(223, identified);
  }

  @Test
  void everyFormatRendersTheWholePalmares() {
    for (PalmaresFormat format : PalmaresFormat.values()) {
      String text = format.render(P2020);
      assertEquals(true, text.contains("Saint-Étienne-de-Saint-Geoirs"), format.name());
    }
  }
}
