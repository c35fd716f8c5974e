package org.arobase.report.palmares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.arobase.core.Category;
import org.arobase.core.geo.Geography;
import org.arobase.core.internal.Messages;
import org.arobase.core.palmares.Palmares;
import org.arobase.core.palmares.PalmaresEntry;
import org.junit.jupiter.api.Test;

class PalmaresPageTest {

  /** The 2020 palmarès as published (the tests run in examples/). */
  private static final Palmares P2020 = Palmares.importList(Path.of("data/palmares-2020.tsv"));
  private static final String FRENCH = PalmaresPage.render(P2020, Locale.FRENCH);
  private static final String ENGLISH = PalmaresPage.render(P2020, Locale.ENGLISH);

  /** The 101 départements: 01 to 95 with 2A and 2B for 20, and the five overseas ones. */
  private static final Set<String> DEPARTEMENTS = departements();
  /** The overseas collectivités the geography lists with the départements: no département, not drawn. */
  private static final Set<String> COLLECTIVITES_D_OUTRE_MER = Set.of("975", "977", "978", "984", "986", "987", "988", "989");

  private static Set<String> departements() {
    Set<String> codes = new TreeSet<>(Set.of("2A", "2B", "971", "972", "973", "974", "976"));
    for (int d = 1; d <= 95; d++) {
      if (d != 20) {
        codes.add(String.format("%02d", d));
      }
    }
    return codes;
  }

  @Test
  void isOnePhoneReadySelfContainedPage() {
    assertTrue(FRENCH.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), FRENCH.substring(0, 40));
    assertTrue(FRENCH.endsWith("</html>\n"));
    assertTrue(FRENCH.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    assertTrue(FRENCH.contains("<title>Palmarès du label Territoires, Villes et Villages Internet</title>"));
    for (String external : List.of("http:", "https:", "<script", "<link", "url(", "@import", "<img")) {
      assertFalse(FRENCH.contains(external), "no external resource nor script: " + external);
    }
    assertEquals(1, count(FRENCH, "<svg"), "the map is the one SVG; the charts are HTML, with CSS text sizes");
    assertFalse(FRENCH.contains("<text"), "no SVG text, which would shrink with the map on a phone");
    assertTrue(FRENCH.contains("@media print"));
    assertTrue(FRENCH.contains("@media (max-width:640px)"));
  }

  @Test
  void mapHasOneShapePerDepartementWithItsTitle() {
    List<String> codes = FranceMap.bundled().shapes().stream().map(FranceMap.Shape::code).toList();
    assertEquals(DEPARTEMENTS, new TreeSet<>(codes), "one shape per département, and no other");
    assertEquals(DEPARTEMENTS.size(), codes.size(), "no département twice");
    assertEquals(101, count(FRENCH, "<path "));
    assertEquals(101, count(FRENCH, "</title></path>"), "each shape has a title for hover");
    assertTrue(FRENCH.contains("<title>Ille-et-Vilaine (35)\u00a0: 3 collectivités labellisées</title>"), "French spaces");
    assertTrue(FRENCH.contains("<title>Lozère (48)\u00a0: 0 collectivité labellisée</title>"), "0 is singular in French");
    assertTrue(ENGLISH.contains("<title>Lozère (48): 0 labelled collectivités</title>"), "0 is plural in English");
    assertEquals(5, FranceMap.bundled().shapes().stream().filter(s -> s.inset().isPresent()).count(), "the overseas insets");
    assertTrue(FRENCH.contains("role=\"img\" aria-labelledby=\"map-title map-description\""));
    assertTrue(FRENCH.contains("<desc id=\"map-description\">"), "a text alternative; the tables say the same");
  }

  @Test
  void everyDepartementOfTheOfficialGeographyHasAShape() {
    Geography geography = Geography.official();
    Set<String> drawn = FranceMap.bundled().shapes().stream().map(FranceMap.Shape::code).collect(Collectors.toSet());
    List<String> known = new ArrayList<>();
    List<String> candidates = new ArrayList<>(DEPARTEMENTS);
    candidates.addAll(COLLECTIVITES_D_OUTRE_MER);
    candidates.addAll(List.of("20", "96", "97", "98", "99", "970", "979", "980", "985"));
    for (String code : candidates) {
      geography.departementName(code).ifPresent(name -> known.add(code));
    }
    for (String code : known) {
      assertEquals(!COLLECTIVITES_D_OUTRE_MER.contains(code), drawn.contains(code), code);
    }
    assertEquals(DEPARTEMENTS.size() + COLLECTIVITES_D_OUTRE_MER.size(), known.size(),
        "the geography knows the 101 départements and the 8 collectivités d'outre-mer: " + known);
  }

  @Test
  void mapColoursEachDepartementByItsCollectivites() {
    PalmaresView view = new PalmaresView(P2020, Locale.FRENCH);
    int placed = 0;
    for (PalmaresView.Shape shape : view.shapes()) {
      Matcher m = Pattern.compile("\u00a0: (\\d+) collectivit").matcher(shape.title());
      assertTrue(m.find(), shape.title());
      int n = Integer.parseInt(m.group(1));
      assertEquals(PalmaresView.colour(n), shape.colour(), shape.title());
      placed += n;
    }
    assertEquals(9, view.unplaced(), "the 9 names not identified have no département");
    assertEquals(232, placed + view.unplaced());
    assertTrue(FRENCH.contains("9 collectivités sans département connu ne figurent pas sur la carte."));
    assertEquals(List.of(0, 1, 2, 3, 3, 4, 4, 5, 5),
        Stream.of(0, 1, 2, 3, 4, 5, 9, 10, 40).map(PalmaresView::colour).toList(), "none, 1, 2, 3–4, 5–9, 10 and more");
  }

  @Test
  void creditsTheContours() {
    assertTrue(FRENCH.contains("<p class=\"credit\">Contours\u00a0: IGN – GEOFLA 2.2 (2016), Licence Ouverte, simplifiés par france-geojson"
        + "\u00a0; outre-mer\u00a0: Natural Earth, domaine public.</p>"), "the credit on the page");
    assertTrue(ENGLISH.contains("<p class=\"credit\">Contours: IGN – GEOFLA 2.2 (2016), Licence Ouverte (Etalab open licence),"
        + " simplified by france-geojson; overseas: Natural Earth, public domain.</p>"));
  }

  @Test
  void escapesTheNamesOfThePalmares() {
    Palmares palmares = Palmares.builder()
        .add(PalmaresEntry.builder().name("Ville \"test\" & <b>gras</b>").region("Bretagne <i>").arobases(3)
            .category(Category.VILLE).build())
        .build();
    String html = PalmaresPage.render(palmares, Locale.FRENCH);
    assertFalse(html.contains("<b>"));
    assertFalse(html.contains("<i>"));
    assertTrue(html.contains("Ville &#34;test&#34; &amp; &lt;b&gt;gras&lt;/b&gt;") || html.contains("Ville \"test\" &amp; &lt;b&gt;gras&lt;/b&gt;"),
        html);
    assertTrue(html.contains("Bretagne &lt;i&gt;"));
    assertTrue(html.contains("title=\"Bretagne &lt;i>, 3@\u00a0: 1 collectivité\""), "attributes too (where > is allowed)");
  }

  @Test
  void writesProperPluralsInBothLanguages() {
    Palmares one = Palmares.builder().add(PalmaresEntry.builder().name("Ayen").code("19015").departement("19")
        .region("Nouvelle-Aquitaine").arobases(4).category(Category.VILLAGE).population(717).build()).build();
    String french = PalmaresPage.render(one, Locale.FRENCH);
    String english = PalmaresPage.render(one, Locale.ENGLISH);
    assertTrue(french.contains("<span>1 collectivité labellisée dans 1 région</span>"), french);
    assertTrue(french.contains("<span>0 Ville Internet</span>"));
    assertTrue(french.contains("<span>1 Village Internet</span>"));
    assertTrue(french.contains("<span>717 habitants</span>"));
    assertTrue(french.contains("<title>Corrèze (19)\u00a0: 1 collectivité labellisée</title>"));
    assertTrue(english.contains("<span>1 labelled collectivité in 1 region</span>"), english);
    assertTrue(english.contains("<span>0 Villes Internet</span>"));
    assertTrue(english.contains("<span>717 inhabitants</span>"));
    for (String page : List.of(french, english, FRENCH, ENGLISH)) {
      assertFalse(Pattern.compile("\\b1[\u00a0 ](collectivités|communes|régions|regions|habitants|inhabitants|Villes)\\b")
          .matcher(page).find(), "no « 1 » with a plural");
    }
    assertTrue(FRENCH.contains("<span>232 collectivités labellisées dans 16 régions</span>"));
    assertTrue(FRENCH.contains("<span>4\u00a0816\u00a0456 habitants</span>"), "digit groups with non-breaking spaces");
    assertTrue(ENGLISH.contains("<span>4,816,456 inhabitants</span>"));
  }

  @Test
  void speaksFrenchByDefaultAndEnglishOnRequest() {
    Messages fr = Messages.of(PalmaresPage.class, "messages", Locale.FRENCH);
    Messages en = Messages.of(PalmaresPage.class, "messages", Locale.ENGLISH);
    assertEquals(fr.keys(), en.keys(), "the same keys in both languages");
    assertTrue(ENGLISH.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(ENGLISH.contains("<figcaption id=\"map-title\">Labelled collectivités by département</figcaption>"));
    assertTrue(ENGLISH.contains("<figcaption>Distribution by number of arobases</figcaption>"));
    assertTrue(FRENCH.contains("<figcaption>Répartition par nombre d'arobases</figcaption>"));
    assertEquals(FRENCH, PalmaresPage.render(P2020, Locale.GERMAN), "any other language is French");
    assertEquals(FRENCH, PalmaresPage.render(P2020, null));
    assertEquals(ENGLISH, PalmaresPage.render(P2020, Locale.UK));
  }

  @Test
  void listsTheNamesToCheckAndTheProblems() {
    Palmares press = Palmares.builder().addList("press.tsv", new StringReader("""
        region\tarobases\tname\tcode
        Île-de-France\t3\tHerblay (95)\t95306
        Auvergne-Rhône-Alpes\t5\tAnnecy\t74011
        Bourgogne-Franche-Comté\t2\tMarnay\t-
        """)).build();
    String french = PalmaresPage.render(press, Locale.FRENCH);
    assertTrue(french.contains("<li>ligne 2, «\u00a0Herblay (95)\u00a0» [95306]\u00a0: n'est pas un nom de Herblay-sur-Seine [95306]"
        + "\u00a0; le code l'emporte</li>"), french);
    assertTrue(french.contains("<li>ligne 3, «\u00a0Annecy\u00a0» [74011]\u00a0: code d'une ancienne commune, aujourd'hui dans"
        + " Annecy [74010]</li>"));
    assertTrue(french.contains("<li>Marnay\u00a0: ambigu entre Marnay (70334) et Marnay (71283)</li>"));
    String english = PalmaresPage.render(press, Locale.ENGLISH);
    assertTrue(english.contains("<li>line 2, “Herblay (95)” [95306]: is not a name of Herblay-sur-Seine [95306]; the code prevails</li>"));
    assertTrue(english.contains("<li>Marnay: ambiguous between Marnay (70334) and Marnay (71283)</li>"));
    assertFalse(FRENCH.contains("Herblay (95)"), "the 2020 list has no codes: no problem");
    assertTrue(FRENCH.contains("<li>Herblay\u00a0: non identifié</li>"));
  }

  @Test
  void writesTheSamePageToAWriter() throws IOException {
    StringWriter out = new StringWriter();
    PalmaresPage.render(P2020, Locale.ENGLISH, out);
    assertEquals(ENGLISH, out.toString());
  }

  @Test
  void styleSheetKeepsTextReadableAndContrasted() throws IOException {
    String css;
    try (InputStream in = PalmaresPage.class.getResourceAsStream("palmares.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher size = Pattern.compile("font-size:([0-9.]+)(rem|px|pt)").matcher(css);
    int sizes = 0;
    while (size.find()) {
      double value = Double.parseDouble(size.group(1));
      double px = switch (size.group(2)) {
        case "rem" -> value * 16;
        case "pt" -> value * 4 / 3;
        default -> value;
      };
      assertTrue(px >= 11, "no text under 11 px: " + size.group());
      sizes++;
    }
    assertTrue(sizes > 5);
    assertFalse(Pattern.compile("font-size:[0-9.]+(em|%|vw)").matcher(css).find(), "sizes in rem, px or pt only");
    Matcher colour = Pattern.compile("(?<![-a-z])color:(#[0-9a-f]{6})").matcher(css);
    int colours = 0;
    while (colour.find()) {
      for (String background : List.of("#ffffff", "#f6f7f9")) {
        double ratio = contrast(colour.group(1), background);
        assertTrue(ratio >= 4.5, colour.group(1) + " on " + background + ": " + ratio);
      }
      colours++;
    }
    assertTrue(colours >= 5);
  }

  /** WCAG 2.1 contrast ratio of two sRGB colours #rrggbb. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
