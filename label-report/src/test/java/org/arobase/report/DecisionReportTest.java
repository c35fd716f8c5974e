package org.arobase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.core.internal.Messages;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The report of every sample dossier of {@code examples/dossiers} (the tests' working directory), in both languages. */
class DecisionReportTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final Map<Integer, LabelEngine> ENGINES = new HashMap<>();
  /** A plural after 0 or 1, a slip in French (0 and 1 are singular). */
  private static final Pattern FRENCH_SLIP = Pattern.compile("(?<![\\d.,])\\b[01][ \u00a0](initiatives|axes|enjeux|"
      + "services|labels|arobases|habitants|couverts|touchés|retenues|manquants|mentions)\\b",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ENGLISH_SLIP = Pattern.compile("(?<![\\d.,])\\b1[ \u00a0](initiatives|axes|enjeux|"
      + "services|inhabitants|arobases)\\b", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final Pattern OUTCOME_CODES = Pattern.compile("\\b(MET|MISSED|NOT_APPLICABLE)\\b");
  /** An element holding one of the decision's own texts (its reasons, French for now), with its content. */
  private static final Pattern DECISION_TEXT = Pattern.compile("<(\\w+)[^>]*data-text=\"decision\"[^>]*>.*?</\\1>",
      Pattern.DOTALL);

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("dossiers"))) {
      List<Path> list = files.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !f.toString().contains("invalid")).sorted().toList();
      assertFalse(list.isEmpty(), "no sample dossier in " + Path.of("dossiers").toAbsolutePath());
      return list.stream();
    }
  }

  private static synchronized Decision rate(Dossier dossier) {
    return ENGINES.computeIfAbsent(dossier.edition(), year -> LabelEngine.builder().edition(year).build())
        .evaluate(dossier);
  }

  private static Dossier read(Path file) throws IOException {
    return JSON.readDossier(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** @return the text a reader sees: no style sheet, no tags, the entities of the templates decoded */
  static String text(String page) {
    String body = page.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("(?s)<[^>]+>", " ").replaceAll("[ \t\n]+", " ");
    return body.replace("&nbsp;", "\u00a0").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  /** @return the report's own words: the text without the decision's texts */
  static String ownText(String page) {
    return text(DECISION_TEXT.matcher(page.replaceAll("(?s)<style>.*?</style>", " ")).replaceAll(" "));
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleNamesEveryInitiativeInWellWrittenFrench(Path file) throws IOException {
    Dossier dossier = read(file);
    Decision decision = rate(dossier);
    String page = DecisionReport.render(dossier, decision);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"), file.toString());
    assertTrue(page.stripTrailing().endsWith("</html>"), file.toString());
    assertTrue(page.contains("<svg class=\"panneau\""));
    assertEquals(decision.mosaic().enjeux().size(), page.split("<li class=\"tile\"").length - 1, "one tile per enjeu");
    assertTrue(page.contains("<style>:root{"), "the style sheet is inlined");
    assertTrue(page.contains("@media print{") && page.contains("@page{"), "print styles");
    assertFalse(page.contains("http://") || page.contains("https://") || page.contains("src="), "no external resource");
    String text = text(page);
    for (Initiative i : dossier.initiatives()) {
      boolean eligible = decision.eligibleInitiatives().contains(i.id());
      // The eligible ones by the services they cover, the others among the initiatives not counted.
      String named = eligible ? "«\u00a0" + i.title() + "\u00a0»" : i.title() + " (" + i.id() + ")\u00a0:";
      assertTrue(text.contains(named), file + ": " + (eligible ? "eligible " : "ignored ") + i.title());
    }
    String own = ownText(page);
    assertEquals(List.of(), all(FRENCH_SLIP, own), file + ": plural slips");
    assertEquals(List.of(), all(ISO_DATE, text), file + ": ISO dates");
    assertEquals(List.of(), all(OUTCOME_CODES, text), file + ": outcome codes in the text");
    assertFalse(own.matches("(?s).*\\b(missed|not applicable)\\b.*"), file + ": English in the French page");
    decision.next().ifPresent(next -> assertTrue(text.contains("Pour atteindre " + next.arobases() + " @")));
    StringWriter out = new StringWriter();
    DecisionReport.render(dossier, decision, out);
    assertEquals(page, out.toString(), "the Writer gets the same page");
    assertEquals(page, DecisionReport.render(dossier, decision, Locale.FRANCE), "French is the default");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theEnglishPageSpeaksEnglish(Path file) throws IOException {
    Dossier dossier = read(file);
    Decision decision = rate(dossier);
    String page = DecisionReport.render(dossier, decision, Locale.UK);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), file.toString());
    String own = ownText(page);
    assertFalse(own.matches("(?s).*\\b(atteint|manqué|non applicable|retenues?|Raisons|Mosaïque des)\\b.*"),
        file + ": French in the English page");
    assertEquals(List.of(), all(ENGLISH_SLIP, own), file + ": plural slips");
    List<String> outcomes = all(Pattern.compile("class=\"outcome\">([^<]*)<"), page);
    assertFalse(outcomes.isEmpty());
    outcomes.forEach(o -> assertTrue(o.matches("class=\"outcome\">(met|missed|not applicable)<"), o));
    StringWriter out = new StringWriter();
    DecisionReport.render(dossier, decision, Locale.ENGLISH, out);
    assertEquals(page, out.toString());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void eachEnjeuListsItsServicesCoveredAndMissing(Path file) throws IOException {
    Dossier dossier = read(file);
    Decision decision = rate(dossier);
    ReportView view = new ReportView(dossier, decision, Locale.FRENCH);
    assertTrue(view.detailed(), "the bundled matrix of " + decision.provenance().matrixVersion());
    int enjeux = 0;
    for (var axis : view.details()) {
      for (var e : axis.enjeux()) {
        EnjeuScore score = e.enjeu();
        assertEquals(score.coveredServices(), e.covered().size(), file + " " + score.code() + " covered");
        assertEquals(score.totalServices(), e.covered().size() + e.missing().size(), file + " " + score.code());
        enjeux++;
      }
    }
    assertEquals(decision.mosaic().enjeux().size(), enjeux);
  }

  @Test
  void theGreenArobaseOfTheTransitionEcologique() throws IOException {
    Dossier dossier = read(Path.of("dossiers/martigues-2022.json"));
    Decision decision = rate(dossier);
    String page = DecisionReport.render(dossier, decision);
    assertTrue(decision.mentions().stream().anyMatch(m -> m.code().equals(ReportView.GREEN_MENTION)));
    assertTrue(page.contains("fill=\"" + ReportView.AROBASE_GREEN + "\">@</text>"), "the green @");
    assertTrue(page.contains("<li class=\"badge green\">"));
    assertEquals(5, page.split("class=\"at\" fill=").length - 1, "five @ lit on the panneau");
    assertTrue(page.contains("aria-label=\"5 arobases, dont une verte\""));
  }

  @Test
  void pluralsAndNumbersInFrench() throws IOException {
    // La Rochelle (Haute-Saône): one initiative, one axis.
    Dossier dossier = read(Path.of("dossiers/la-rochelle-70-2022.json"));
    String text = text(DecisionReport.render(dossier, rate(dossier)));
    assertTrue(text.contains("1 initiative retenue."), text);
    assertTrue(text.contains("1 axe sur 4"), text);
    assertTrue(text.contains("0 service couvert sur\u00a09"), text);
    Dossier martigues = read(Path.of("dossiers/martigues-2022.json"));
    String big = text(DecisionReport.render(martigues, rate(martigues)));
    assertTrue(big.contains("48\u00a0298 habitants"), "digit groups with a non-breaking space");
    assertTrue(big.contains("Score global\u00a0: 60,5\u00a0%"), "a percentage never broken across lines");
    assertTrue(big.contains("dossier déposé le 5\u00a0novembre 2021"), "dates in words");
    assertTrue(big.contains("à la date de référence du 12\u00a0novembre 2021"), "the decision's dates in words");
  }

  @Test
  void anObligationThatDoesNotApplyIsSaidSo() throws IOException {
    // Ayen, about 700 inhabitants: open data by default concerns collectivités above 3,500.
    Dossier dossier = read(Path.of("dossiers/ayen-2022.json"));
    Decision decision = rate(dossier);
    assertTrue(DecisionReport.render(dossier, decision).matches(
        "(?s).*<tr class=\"na\"><td[^>]*><code>OBLIGATION\\.<wbr>OPEN_<wbr>DATA<wbr></code></td>"
            + "<td data-label=\"Résultat\" class=\"outcome\">non applicable</td>.*"), "the open data obligation");
    assertTrue(DecisionReport.render(dossier, decision, Locale.ENGLISH).contains(
        "<td data-label=\"Outcome\" class=\"outcome\">not applicable</td>"));
  }

  @Test
  void hostileTextsAreEscaped() throws IOException {
    String json = Files.readString(Path.of("dossiers/ayen-2022.json"), StandardCharsets.UTF_8)
        .replaceFirst("\"name\": \"Ayen\"", "\"name\": \"<script>alert('x')</script> & \\\\\\\"co\\\\\\\"\"");
    Dossier hostile = JSON.readDossier(json);
    Initiative first = hostile.initiatives().get(0);
    Dossier dossier = Dossier.builder().from(hostile).initiatives(List.of()).addInitiatives(
        Initiative.builder().from(first).title("<script>alert(1)</script> <b>gras</b>").build())
        .addAllInitiatives(hostile.initiatives().subList(1, hostile.initiatives().size())).build();
    assertTrue(dossier.collectivity().name().startsWith("<script>"), dossier.collectivity().name());
    Decision decision = rate(dossier);
    assertTrue(decision.eligibleInitiatives().contains(first.id()), "the hostile title is shown among the services");
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      String page = DecisionReport.render(dossier, decision, locale);
      assertFalse(page.contains("<script") || page.contains("<b>"), "no element from the dossier");
      assertTrue(page.contains("<h1>&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"co\"</h1>"), page.substring(0, 2000));
      assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;gras&lt;/b&gt;"));
    }
  }

  @Test
  void everyFrenchKeyHasItsEnglishTwin() {
    Messages fr = Messages.of(DecisionReport.class, "messages", Locale.FRENCH);
    Messages en = Messages.of(DecisionReport.class, "messages", Locale.ENGLISH);
    assertEquals(fr.keys(), en.keys());
    assertEquals("fr", fr.get("page.lang"));
    assertEquals("en", en.get("page.lang"));
    assertEquals("0 initiative retenue", fr.get("mosaic.summary", "x", 0, 16, 0, 4, 0).replaceAll(".* · ", "")
        .replace(".", ""));
    assertEquals("1 initiative counted", en.get("mosaic.summary", "x", 1, 16, 1, 4, 1).replaceAll(".* · ", "")
        .replace(".", ""));
  }

  /** The WCAG 2.1 contrast ratio, computed here apart from the code under test. */
  static double contrast(String foreground, String background) {
    double[] l = new double[2];
    String[] colours = {foreground, background};
    for (int k = 0; k < 2; k++) {
      double sum = 0;
      double[] weights = {0.2126, 0.7152, 0.0722};
      for (int c = 0; c < 3; c++) {
        double v = Integer.parseInt(colours[k].substring(1 + 2 * c, 3 + 2 * c), 16) / 255.0;
        sum += weights[c] * (v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
      }
      l[k] = sum;
    }
    return (Math.max(l[0], l[1]) + 0.05) / (Math.min(l[0], l[1]) + 0.05);
  }

  @Test
  void everyTileReadsAtLeastFourAndAHalfToOne() {
    for (int i = 0; i <= 1000; i++) {
      double score = i / 1000.0;
      String background = ReportView.colour(score);
      String text = ReportView.textColour(score);
      double ratio = contrast(text, background);
      assertTrue(ratio >= 4.5, "score " + score + ": " + text + " on " + background + " = " + ratio);
    }
    assertEquals("#eef1f5", ReportView.colour(0), "nothing covered: pale grey");
    assertEquals("#173d7a", ReportView.colour(1), "everything covered: deep blue");
    assertEquals(ReportView.colour(0.26), ReportView.colour(0.4999), "one band from 25 to 49 %");
    for (Palette.Band band : Palette.BANDS) {
      assertTrue(contrast(band.text(), band.background()) >= 4.5, band.toString());
    }
    // The @ of the panneau, the badges and the outcomes on white.
    for (String colour : List.of(ReportView.AROBASE_LIT, ReportView.AROBASE_GREEN, ReportView.AROBASE_OUTLINE,
        "#1f4e9c", "#1f7a3a", "#8a5a00", "#b42318", "#067647", "#475467", "#4b5565", "#c8102e")) {
      assertTrue(contrast(colour, "#ffffff") >= 4.5, colour);
    }
  }

  @Test
  void theStyleSheetUsesTheColoursTested() throws IOException {
    String css;
    try (var in = DecisionReport.class.getResourceAsStream("report.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String colour : List.of("#1f4e9c", "#1f7a3a", "#8a5a00", "#b42318", "#067647", "#475467", "#4b5565")) {
      assertTrue(css.contains(colour), colour);
    }
    assertFalse(css.contains("#2e9d48") || css.contains("#b8860b"), "the colours of too little contrast are gone");
  }
}
