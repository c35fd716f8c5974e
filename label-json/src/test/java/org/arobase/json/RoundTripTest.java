package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.arobase.core.Category;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Compliance;
import org.arobase.core.Dossier;
import org.arobase.core.ImmutableDossier;
import org.arobase.core.Initiative;
import org.arobase.core.Location;
import org.arobase.core.Operator;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.ImmutableDecision;
import org.arobase.core.decision.Reason;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Violation;
import org.arobase.testing.DossierGenerator;
import org.arobase.testing.DossierProperty;
import org.junit.jupiter.api.Test;

class RoundTripTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final LabelJson COMPACT = LabelJson.standard().compact();

  @Test
  void everyGeneratedDossierSurvivesWriteThenRead() {
    for (int year : new int[] {2020, 2021, 2022}) {
      DossierGenerator generator = DossierGenerator.forEdition(year);
      DossierProperty.forAll("read(write(dossier)) equals dossier, " + year, year == 2022 ? 1_000 : 200, 7_000L * year,
          generator, dossier -> {
            assertEquals(dossier, JSON.readDossier(JSON.write(dossier)));
            assertEquals(dossier, COMPACT.readDossier(COMPACT.write(dossier)));
          });
    }
  }

  @Test
  void everyGeneratedDecisionSurvivesWriteThenRead() {
    DossierProperty.forAllSeeds("read(write(decision)) equals decision", 1_000, 42L, seed -> {
      Decision decision = Decisions.decision(seed);
      assertEquals(decision, JSON.readDecision(JSON.write(decision)));
      assertEquals(decision, COMPACT.readDecision(COMPACT.write(decision)));
    });
  }

  @Test
  void aDecisionWrittenAsUtf8BytesIsItsTextEncoded() {
    // Texts with quotes, controls, an emoji (a surrogate pair), « » and ≥: the generator's bytes must be the text's.
    DossierProperty.forAllSeeds("write(decision, stream) is write(decision) in UTF-8", 300, 43L, seed -> {
      Decision decision = Decisions.decision(seed);
      for (LabelJson json : List.of(JSON, COMPACT)) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        json.write(decision, bytes);
        assertArrayEquals(json.write(decision).getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
      }
      List<RatingResult> results = List.of(RatingResult.rated("a.json", decision),
          RatingResult.rejected("b.json", List.of(Violation.error("/code", "CODE", "« mal » écrit 🙂"))));
      StringWriter text = new StringWriter();
      JSON.writeRatings(results, text);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      JSON.writeRatings(results, bytes);
      assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    });
  }

  @Test
  void theIndentedLayoutIsJacksonsDefaultPrettyPrintersByteForByte() {
    DossierGenerator dossiers = DossierGenerator.forEdition(2022);
    DossierProperty.forAllSeeds("Indented lays out as DefaultPrettyPrinter", 200, 44L, seed -> {
      Decision decision = Decisions.decision(seed);
      Dossier dossier = dossiers.dossier(seed);
      assertEquals(laidOutByJackson(g -> ModelWriter.decision(g, decision)), JSON.write(decision));
      assertEquals(laidOutByJackson(g -> ModelWriter.dossier(g, dossier)), JSON.write(dossier));
    });
    // Deeper than the spaces the layout keeps at hand, empty arrays and objects, values at the root.
    LabelJson.Body deep = g -> {
      for (int i = 0; i < 150; i++) {
        g.writeStartArray();
        g.writeStartObject();
        g.writeFieldName("n" + i);
      }
      g.writeStartArray();
      g.writeEndArray();
      for (int i = 0; i < 150; i++) {
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeStartObject();
      g.writeEndObject();
      g.writeNumber(1);
    };
    StringWriter ours = new StringWriter();
    JSON.write(ours, deep);
    assertEquals(laidOutByJackson(deep), ours.toString());
  }

  @Test
  void aMessageThatRepeatsIsWrittenAsItIsTheFirstTime() {
    Decision base = Decisions.decision(7L);
    Reason first = base.reasons().get(0);
    for (String text : Decisions.TEXTS) {
      Reason same = new Reason(first.rule(), first.outcome(), first.actual(), first.expected(), text, first.measures());
      Reason other = new Reason(first.rule(), first.outcome(), first.actual(), first.expected(), "autre", List.of());
      // Repeated, then another, then repeated again: each time as Jackson escapes it the first time.
      Decision decision = ImmutableDecision.copyOf(base).withReasons(same, same, same, other, same, same);
      StringWriter alone = new StringWriter();
      JSON.write(alone, g -> g.writeString(text));
      String written = JSON.write(decision);
      String escaped = "\"message\" : " + alone.toString().stripTrailing();
      // The text may be the message of an ignored initiative, or of a reason of the next level, too.
      String elsewhere = JSON.write(ImmutableDecision.copyOf(decision).withReasons(other));
      assertEquals(occurrences(elsewhere, escaped) + 5, occurrences(written, escaped), text);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      JSON.write(decision, bytes);
      assertArrayEquals(written.getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), text);
    }
  }

  private static int occurrences(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  /** @return the text as Jackson's DefaultPrettyPrinter lays it out, two spaces a level, and a line break at the end */
  private static String laidOutByJackson(LabelJson.Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  @Test
  void theModuleReadsAndWritesLikeTheFacade() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new LabelModule());
    DossierGenerator generator = DossierGenerator.forEdition(2022);
    DossierProperty.forAll("module round trip", 200, 1L, generator, dossier -> {
      try {
        String text = mapper.writeValueAsString(dossier);
        assertEquals(dossier, mapper.readValue(text, Dossier.class));
        assertEquals(dossier, JSON.readDossier(text));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    Decision decision = Decisions.decision(3);
    assertEquals(decision, mapper.readValue(mapper.writeValueAsString(decision), Decision.class));
    List<Violation> violations = List.of(Violation.error("/a~1b", "CODE", "m"), Violation.warning("", "W", "é"));
    assertEquals(violations, JSON.readViolations(mapper.writeValueAsString(violations)));
  }

  @Test
  void awkwardTextAndNumbersSurvive() {
    Initiative initiative = Initiative.builder()
        .id("a/b~c \"d\"").title("Titre « ligne »\n\tavec \\ et \u0000 et 🙂 et \u2028").summary("")
        .addServices("SP.01").startedOn(LocalDate.of(2019, 2, 28)).endedOn(LocalDate.of(2021, 1, 1))
        .operator(Operator.OTHER).location(new Location(-0.0, 179.99999999999997))
        .addLinks("https://example.fr/?a=1&b=2").addTags("", " ").build();
    Dossier dossier = Dossier.builder().edition(2022)
        .collectivity(Collectivity.builder().code("2A004").name("Ajaccio").kind(CollectivityKind.COMMUNE)
            .population(Integer.MAX_VALUE).agents(1e-7).category(Category.VILLE).build())
        .addInitiatives(initiative).build();
    assertEquals(dossier, JSON.readDossier(JSON.write(dossier)));
  }

  @Test
  void arraysOfDossiersAreWrittenAndReadInOrderWithTheirSources() {
    DossierGenerator generator = DossierGenerator.forEdition(2022);
    List<Dossier> dossiers = LongStream.range(0, 25).mapToObj(generator::dossier).toList();
    StringWriter out = new StringWriter();
    JSON.writeDossiers(dossiers, out);
    List<DossierResult> results = JSON.readDossiers("all.json", out.toString(), DossierValidator.standard());
    assertEquals(25, results.size());
    for (int i = 0; i < 25; i++) {
      assertEquals("all.json#" + i, results.get(i).source());
      assertEquals(dossiers.get(i), results.get(i).dossier().orElseThrow());
      assertTrue(results.get(i).isValid(), () -> results.toString());
    }
  }

  @Test
  void emptyOptionalsAreLeftOutAndExplicitNullsOrEmptyListsReadTheSame() {
    Dossier dossier = ImmutableDossier.copyOf(DossierGenerator.forEdition(2022).dossier(5))
        .withSubmittedOn(java.util.Optional.empty()).withHistory(List.of());
    String written = JSON.write(dossier);
    assertTrue(written.startsWith("{\n  \"format\" : \"arobase/dossier@1\""), written);
    assertTrue(!written.contains("submittedOn") && !written.contains("history") && !written.contains("null"), written);
    String withNulls = written.replace("\"obligations\"", "\"submittedOn\" : null, \"history\" : [], \"obligations\"");
    assertEquals(dossier, JSON.readDossier(withNulls));
  }

  /** Codes a millésime's catalogue may hold, beyond the four of the first format. */
  private static final List<String> CODES = List.of(Compliance.OPEN_DATA, Compliance.ACTS_ONLINE,
      Compliance.ACCESSIBILITY_STATEMENT, Compliance.ELECTRONIC_PROCUREMENT, "URBANISME_ONLINE", "REEN_PROGRAMME",
      "REEN_STRATEGY", "PROCUREMENT_DATA");
  private static final String CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

  /**
   * @return the dossier declaring, in a random order, some codes of {@link #CODES} and some other
   *     well-formed codes of 1 to 64 characters
   */
  static Dossier withRandomObligations(Dossier dossier, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> codes = new ArrayList<>();
    for (String code : CODES) {
      if (random.nextBoolean()) {
        codes.add(random.nextInt(codes.size() + 1), code);
      }
    }
    for (int n = random.nextInt(3); n > 0; n--) {
      StringBuilder code = new StringBuilder().append((char) ('A' + random.nextInt(26)));
      for (int length = random.nextBoolean() ? random.nextInt(10) : random.nextInt(64); code.length() <= length; ) {
        code.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
      }
      codes.add(random.nextInt(codes.size() + 1), code.toString());
    }
    return ImmutableDossier.copyOf(dossier).withCompliance(Compliance.builder().addAllObligations(codes).build());
  }

  private static final Pattern OBLIGATIONS = Pattern.compile("\"obligations\" : \\[([^\\]]*)\\]");

  /** @return the dossier keeping of its obligations only the four of the first format */
  static Dossier withTheFirstFourOnly(Dossier dossier) {
    Compliance c = dossier.compliance();
    return ImmutableDossier.copyOf(dossier).withCompliance(
        Compliance.ofFlags(c.openData(), c.accessibilityStatement(), c.electronicProcurement(), c.actsOnline()));
  }

  /** @return a dossier's text in the first format: the four first obligations as the compliance object */
  static String inTheFirstFormat(String written, Compliance c) {
    Matcher m = OBLIGATIONS.matcher(written);
    assertTrue(m.find(), written);
    String flags = "\"compliance\" : { \"openData\" : " + c.openData() + ", \"accessibilityStatement\" : "
        + c.accessibilityStatement() + ", \"electronicProcurement\" : " + c.electronicProcurement()
        + ", \"actsOnline\" : " + c.actsOnline() + " }";
    return written.substring(0, m.start()) + flags + written.substring(m.end());
  }

  @Test
  void everyDeclarationOfObligationsSurvivesWriteThenReadInItsOrder() {
    DossierGenerator generator = DossierGenerator.forEdition(2022).initiatives(1, 3);
    DossierProperty.forAllSeeds("read(write(dossier)) equals dossier, any obligations", 1_000, 23L, seed -> {
      Dossier dossier = withRandomObligations(generator.dossier(seed), seed);
      for (LabelJson json : List.of(JSON, COMPACT)) {
        String written = json.write(dossier);
        assertTrue(!written.contains("compliance"), written);
        Dossier read = json.readDossier(written);
        assertEquals(dossier, read);
        assertEquals(List.copyOf(dossier.compliance().obligations()), List.copyOf(read.compliance().obligations()));
      }
    });
  }

  @Test
  void aDossierOfTheFirstFormatIsWrittenInTheNewOneAndReadsBackEqual() {
    for (int year : new int[] {2020, 2021, 2022}) {
      DossierGenerator generator = DossierGenerator.forEdition(year);
      DossierProperty.forAll("first format read, new format written, " + year, 200, 3_000L * year, generator,
          generated -> {
            Dossier dossier = withTheFirstFourOnly(generated);
            String old = inTheFirstFormat(JSON.write(dossier), dossier.compliance());
            assertTrue(old.contains("\"compliance\"") && !old.contains("\"obligations\""), old);
            Dossier read = JSON.readDossier(old);
            assertEquals(dossier, read);
            String written = JSON.write(read);
            assertTrue(written.contains("\"obligations\"") && !written.contains("\"compliance\""), written);
            assertEquals(JSON.write(dossier), written);
            assertEquals(read, JSON.readDossier(written));
          });
    }
  }

  @Test
  void theFirstFormatDeclaresTheTrueBooleansInTheOrderOfTheCodes() {
    String written = JSON.write(DossierGenerator.forEdition(2022).dossier(8));
    String old = OBLIGATIONS.matcher(written).replaceFirst("\"compliance\" : {\"actsOnline\": true, "
        + "\"electronicProcurement\": false, \"openData\": true, \"accessibilityStatement\": true}");
    Dossier read = JSON.readDossier(old);
    assertEquals(List.of("OPEN_DATA", "ACTS_ONLINE", "ACCESSIBILITY_STATEMENT"),
        List.copyOf(read.compliance().obligations()));
    String again = COMPACT.write(read);
    assertTrue(again.contains("\"obligations\":[\"OPEN_DATA\",\"ACTS_ONLINE\",\"ACCESSIBILITY_STATEMENT\"]"), again);
    assertEquals(read, JSON.readDossier(again));
    // An empty compliance object, or all false, declares nothing and is written as an empty array.
    Dossier none = JSON.readDossier(OBLIGATIONS.matcher(written).replaceFirst("\"compliance\" : {\"openData\": false}"));
    assertEquals(Compliance.none(), none.compliance());
    assertTrue(JSON.write(none).contains("\"obligations\" : [ ]"), JSON.write(none));
    assertEquals(none, JSON.readDossier(OBLIGATIONS.matcher(written).replaceFirst("\"compliance\" : { }")));
  }

  @Test
  void bothFieldsTogetherDeclareTheUnionTheArrayFirst() {
    String written = JSON.write(DossierGenerator.forEdition(2022).dossier(9));
    String both = OBLIGATIONS.matcher(written).replaceFirst("\"obligations\": [\"URBANISME_ONLINE\", \"ACTS_ONLINE\"], "
        + "\"compliance\": {\"openData\": true, \"accessibilityStatement\": false, \"actsOnline\": true}");
    Dossier read = JSON.readDossier(both);
    assertEquals(List.of("URBANISME_ONLINE", "ACTS_ONLINE", "OPEN_DATA"), List.copyOf(read.compliance().obligations()));
    // A false boolean withdraws nothing the array declares; the order of the fields does not matter.
    String reversed = OBLIGATIONS.matcher(written).replaceFirst("\"compliance\": {\"accessibilityStatement\": false, "
        + "\"openData\": true}, \"obligations\": [\"ACCESSIBILITY_STATEMENT\"]");
    assertEquals(List.of("ACCESSIBILITY_STATEMENT", "OPEN_DATA"),
        List.copyOf(JSON.readDossier(reversed).compliance().obligations()));
    String again = COMPACT.write(read);
    assertTrue(again.contains("\"obligations\":[\"URBANISME_ONLINE\",\"ACTS_ONLINE\",\"OPEN_DATA\"]")
        && !again.contains("compliance"), again);
    assertEquals(read, JSON.readDossier(again));
  }

  @Test
  void nullOrEmptyObligationsAndComplianceDeclareNothing() {
    Dossier dossier = ImmutableDossier.copyOf(DossierGenerator.forEdition(2022).dossier(10))
        .withCompliance(Compliance.none());
    String written = JSON.write(dossier);
    assertTrue(written.contains("\"obligations\" : [ ]"), written);
    for (String field : List.of("\"obligations\" : null", "\"compliance\" : null",
        "\"obligations\" : null, \"compliance\" : null", "\"obligations\" : [], \"compliance\" : {}")) {
      assertEquals(dossier, JSON.readDossier(OBLIGATIONS.matcher(written).replaceFirst(field)), field);
    }
    String without = written.replaceFirst("\"obligations\" : \\[ \\],\\s*", "");
    assertTrue(!without.contains("obligations"), without);
    assertEquals(dossier, JSON.readDossier(without));
  }
}
