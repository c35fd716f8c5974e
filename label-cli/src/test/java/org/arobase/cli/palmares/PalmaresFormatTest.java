package org.arobase.cli.palmares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import org.arobase.core.Category;
import org.arobase.core.palmares.Palmares;
import org.arobase.core.palmares.PalmaresEntry;
import org.junit.jupiter.api.Test;

class PalmaresFormatTest {

  private static final Palmares SMALL = Palmares.builder()
      .addList("small.tsv", new StringReader("""
          region\tarobases\tname
          Auvergne-Rhône-Alpes\t4\tCA du Bassin d'Aurillac
          Auvergne-Rhône-Alpes\t5\tGrenoble
          Provence-Alpes-Côte d'Azur\t2\tValbonne Sophia Antipolis
          Bourgogne-Franche-Comté\t1\tMarnay
          Nouvelle-Aquitaine\t4\tAyen
          """))
      .add(PalmaresEntry.builder().name("Ville \"test\", <b>").region("Bretagne").arobases(3).category(Category.VILLE).build())
      .build();

  @Test
  void jsonFollowsTheDesignContract() throws Exception {
    JsonNode root = new ObjectMapper().readTree(PalmaresFormat.JSON.render(SMALL));
    assertEquals(List.of("total", "byArobases", "regions", "unresolved", "ambiguous", "problems"), JsonFields.of(root));
    assertEquals(0, root.get("problems").size());
    assertEquals(6, root.get("total").asInt());
    assertEquals(List.of("1", "2", "3", "4", "5"), JsonFields.of(root.get("byArobases")));
    assertEquals(2, root.get("byArobases").get("4").asInt());
    JsonNode ara = root.get("regions").get(0);
    assertEquals(List.of("name", "total", "byArobases", "collectivities"), JsonFields.of(ara));
    assertEquals("Auvergne-Rhône-Alpes", ara.get("name").asText());
    assertEquals(2, ara.get("total").asInt());
    JsonNode aurillac = ara.get("collectivities").get(0);
    assertEquals(List.of("name", "code", "arobases", "category"), JsonFields.of(aurillac));
    assertEquals("CA du Bassin d'Aurillac", aurillac.get("name").asText());
    assertEquals("241500230", aurillac.get("code").asText());
    assertEquals(4, aurillac.get("arobases").asInt());
    assertEquals("TERRITOIRE", aurillac.get("category").asText());
    JsonNode valbonne = root.get("regions").get(4).get("collectivities").get(0);
    assertTrue(valbonne.get("code").isNull());
    assertTrue(valbonne.get("category").isNull());
    assertEquals("Valbonne Sophia Antipolis", root.get("unresolved").get(0).asText());
    JsonNode marnay = root.get("ambiguous").get(0);
    assertEquals(List.of("name", "candidates"), JsonFields.of(marnay));
    assertEquals("Marnay", marnay.get("name").asText());
    assertEquals("70334", marnay.get("candidates").get(0).asText());
    assertEquals("71283", marnay.get("candidates").get(1).asText());
  }

  @Test
  void csvHasAHeaderAndQuotesWhatNeedsIt() {
    String[] lines = PalmaresFormat.CSV.render(SMALL).split("\r\n");
    assertEquals(7, lines.length);
    assertEquals(String.join(",", PalmaresCsv.HEADER), lines[0]);
    assertEquals("Auvergne-Rhône-Alpes,15,4,CA du Bassin d'Aurillac,241500230,TERRITOIRE,Territoires Internet,54226,,", lines[1]);
    assertEquals("Bretagne,,3,\"Ville \"\"test\"\", <b>\",,VILLE,Villes Internet,,,", lines[4]);
    assertEquals("Provence-Alpes-Côte d'Azur,,2,Valbonne Sophia Antipolis,,,,,,", lines[6]);
  }

  @Test
  void textGroupsByRegionDepartementAndLevel() {
    String text = PalmaresFormat.TEXT.render(SMALL);
    assertTrue(text.startsWith("""
        Palmarès : 6 collectivités dans 5 régions
        5@ : 1   4@ : 2   3@ : 1   2@ : 1   1@ : 1
        Villes Internet : 2   Villages Internet : 1   Territoires Internet : 1
        """), text);
    assertTrue(text.contains("""
        Auvergne-Rhône-Alpes (2 collectivités)
          Cantal (15)
            4@  CA du Bassin d'Aurillac — Territoire Internet [241500230]
          Isère (38)
            5@  Grenoble — Ville Internet [38185]
        """), text);
    assertTrue(text.contains("  Département inconnu\n    1@  Marnay\n"), text);
    assertTrue(text.contains("Noms non identifiés (1)\n  Valbonne Sophia Antipolis\n"), text);
    assertTrue(text.contains("Noms ambigus (1)\n  Marnay : Marnay (70334, 70), Marnay (71283, 71)\n"), text);
  }

  @Test
  void htmlIsTheSelfContainedPageOfLabelReport() {
    String html = PalmaresFormat.HTML.render(SMALL);
    assertEquals(org.arobase.report.palmares.PalmaresPage.render(SMALL, java.util.Locale.FRENCH), html, "one renderer");
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assertTrue(html.endsWith("</html>\n"));
    assertTrue(html.contains("<meta name=\"viewport\""));
    assertFalse(html.contains("http"), "no external resource");
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<link"));
    assertEquals(1, html.split("<svg", -1).length - 1, "the map");
    assertEquals(101, html.split("<path ", -1).length - 1, "one shape per département");
    assertTrue(html.contains("<figcaption>Répartition par nombre d'arobases</figcaption>"));
    assertTrue(html.contains("title=\"4@\u00a0: 2 collectivités\""), "bar of the 4@");
    assertTrue(html.contains("Provence-Alpes-Côte d'Azur"));
    assertTrue(html.contains("Ville \"test\", &lt;b&gt;"));
    assertFalse(html.contains("<b>"));
    assertTrue(html.contains("<li>Marnay\u00a0: ambigu entre Marnay (70334) et Marnay (71283)</li>"));
    assertTrue(html.contains("Contours\u00a0: "), "the credit of the map");
  }

  private static final Palmares PRESS = Palmares.builder()
      .addList("press.tsv", new StringReader("""
          region\tarobases\tname\tcode
          Île-de-France\t3\tHerblay (95)\t95306
          Auvergne-Rhône-Alpes\t5\tAnnecy\t74011
          Bourgogne-Franche-Comté\t2\tMarnay (70)\t-
          Bretagne\t1\tVannes (29)\t-
          """))
      .build();

  @Test
  void rowsWhoseCodeDecidedAreShownWithTheirLine() throws Exception {
    String text = PalmaresFormat.TEXT.render(PRESS);
    assertTrue(text.contains("""
        Codes à vérifier (2)
          ligne 2, « Herblay (95) » [95306] : n'est pas un nom de Herblay-sur-Seine [95306] ; le code l'emporte
          ligne 3, « Annecy » [74011] : code d'une ancienne commune, aujourd'hui dans Annecy [74010]
        """), text);
    assertTrue(text.contains("  Haute-Saône (70)\n    2@  Marnay — Village Internet [70334]\n"), text);
    assertTrue(text.contains("  Finistère (29)\n    1@  Vannes\n"), "an unidentified row keeps the list's département: " + text);
    assertTrue(text.contains("Noms non identifiés (1)\n  Vannes (29)\n"), text);

    JsonNode problems = new ObjectMapper().readTree(PalmaresFormat.JSON.render(PRESS)).get("problems");
    assertEquals(2, problems.size());
    assertEquals(List.of("line", "name", "code", "kind", "identified", "message"), JsonFields.of(problems.get(0)));
    assertEquals(3, problems.get(1).get("line").asInt());
    assertEquals("74011", problems.get(1).get("code").asText());
    assertEquals("FORMER_CODE", problems.get(1).get("kind").asText());
    assertEquals("74010", problems.get(1).get("identified").asText());

    String html = PalmaresFormat.HTML.render(PRESS);
    assertTrue(html.contains("<li>ligne 2, «\u00a0Herblay (95)\u00a0» [95306]\u00a0: n'est pas un nom de Herblay-sur-Seine [95306]"
        + "\u00a0; le code l'emporte</li>"), html);
    assertTrue(PalmaresFormat.CSV.render(PRESS).contains("Bretagne,29,1,Vannes,,,,,,\r\n"));
  }
}
