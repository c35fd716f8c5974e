package org.arobase.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.decision.Decision;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The report of every sample dossier of {@code examples/dossiers} (the tests' working directory). */
class DecisionReportTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final Map<Integer, LabelEngine> ENGINES = new HashMap<>();

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("dossiers"))) {
      List<Path> list = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
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

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleRendersWithEveryInitiative(Path file) throws IOException {
    Dossier dossier = read(file);
    Decision decision = rate(dossier);
    String page = DecisionReport.render(dossier, decision);
    assertTrue(page.startsWith("<!DOCTYPE html>"), file.toString());
    assertTrue(page.stripTrailing().endsWith("</html>"), file.toString());
    assertTrue(page.contains("<svg class=\"panneau\""));
    assertTrue(page.contains("<svg class=\"mosaic\""));
    assertEquals(decision.mosaic().enjeux().size(), page.split("<g><title>").length - 1, "one tile per enjeu");
    assertTrue(page.contains("<style>body{"), "the style sheet is inlined");
    assertFalse(page.contains("http://") || page.contains("https://") || page.contains("src="), "no external resource");
    for (Initiative i : dossier.initiatives()) {
      // Each initiative is named in the eligibility reasons or among the ignored initiatives.
      assertTrue(page.contains(Html.escape(i.title())) || page.contains(Html.escape(i.id())),
          file + ": " + i.title());
    }
    for (var ignored : decision.ignoredInitiatives()) {
      String title = dossier.initiatives().stream().filter(x -> x.id().equals(ignored.id())).findFirst()
          .map(Initiative::title).orElse(ignored.id());
      assertTrue(page.contains("<strong>" + Html.escape(title) + "</strong>"), file + ": ignored " + title);
    }
    decision.next().ifPresent(next -> assertTrue(page.contains("Pour atteindre " + next.arobases() + " @")));
    StringWriter out = new StringWriter();
    DecisionReport.render(dossier, decision, out);
    assertEquals(page, out.toString(), "the Writer gets the same page");
  }

  @Test
  void theGreenArobaseOfTheTransitionEcologique() throws IOException {
    Dossier dossier = read(Path.of("dossiers/martigues-2022.json"));
    Decision decision = rate(dossier);
    String page = DecisionReport.render(dossier, decision);
    assertTrue(decision.mentions().stream().anyMatch(m -> m.code().equals(ReportView.GREEN_MENTION)));
    assertTrue(page.contains("fill=\"#2e9d48\">@</text>"), "the green @ of the transition écologique");
    assertTrue(page.contains("<li class=\"badge green\">"));
    assertEquals(5, page.split(">@</text>").length - 1, "five @ on the panneau");
    assertEquals(16, page.split("<g><title>").length - 1, "16 tiles");
  }

  @Test
  void anObligationThatDoesNotApplyIsSaidSo() throws IOException {
    // Ayen, about 700 inhabitants: open data by default concerns collectivités above 3,500.
    Dossier dossier = read(Path.of("dossiers/ayen-2022.json"));
    String page = DecisionReport.render(dossier, rate(dossier));
    assertTrue(page.contains("<tr class=\"na\"><td><code>OBLIGATION.OPEN_DATA</code></td><td>non applicable</td>"),
        "the open data obligation of a village");
  }

  @Test
  void aHostileNameIsEscaped() throws IOException {
    String json = Files.readString(Path.of("dossiers/ayen-2022.json"), StandardCharsets.UTF_8)
        .replaceFirst("\"name\": \"Ayen\"", "\"name\": \"<script>alert('x')</script> & \\\\\\\"co\\\\\\\"\"");
    Dossier dossier = JSON.readDossier(json);
    assertTrue(dossier.collectivity().name().startsWith("<script>"), dossier.collectivity().name());
    String page = DecisionReport.render(dossier, rate(dossier));
    assertFalse(page.contains("<script"), "no script element");
    assertTrue(page.contains("&lt;script&gt;"));
    assertTrue(page.contains("<h1>&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"co\"</h1>"), page.substring(0, 2000));
  }

  @Test
  void colourGoesFromGreyToBlue() {
    assertEquals("#eceff3", ReportView.colour(0));
    assertEquals("#1f4e9c", ReportView.colour(1));
    assertEquals("#1f4e9c", ReportView.colour(2));
  }

  /** The escaping of the templates for the text of an element, as the tests expect it. */
  static final class Html {
    static String escape(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }
}
