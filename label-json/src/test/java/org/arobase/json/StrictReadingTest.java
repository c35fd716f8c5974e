package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.arobase.core.Dossier;
import org.arobase.core.decision.Decision;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Violation;
import org.arobase.core.validation.ViolationCodes;
import org.arobase.testing.DossierGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictReadingTest {

  // The English wording is what these tests pin; the French default is pinned by ReadingMessagesTest.
  private static final LabelJson JSON = LabelJson.standard().withLocale(java.util.Locale.ENGLISH);
  private static final DossierValidator VALIDATOR = DossierValidator.standard();

  static final String VALID = """
      {
        "format": "arobase/dossier@1",
        "edition": 2022,
        "collectivity": {"code": "19015", "name": "Ayen", "kind": "COMMUNE", "population": 700, "departement": "19"},
        "initiatives": [
          {"id": "arbres", "title": "Arbres remarquables", "services": ["SP.01"], "startedOn": "2020-05-01",
           "operator": "COLLECTIVITY", "location": {"lat": 45.25, "lon": 1.32}}
        ]
      }
      """;

  private static List<Violation> problems(String json) {
    List<DossierResult> results = JSON.readDossiers("d.json", json, VALIDATOR);
    assertEquals(1, results.size(), results::toString);
    return results.get(0).violations();
  }

  private static Violation only(String json) {
    List<Violation> all = problems(json);
    assertEquals(1, all.size(), all::toString);
    return all.get(0);
  }

  @Test
  void aValidDossierReadsWithItsSourceAndNoViolation() {
    List<DossierResult> results = JSON.readDossiers("ayen.json", VALID, VALIDATOR);
    assertEquals(1, results.size());
    assertEquals("ayen.json", results.get(0).source());
    assertTrue(results.get(0).isValid(), results::toString);
    assertEquals("Ayen", results.get(0).dossier().orElseThrow().collectivity().name());
  }

  @Test
  void anUnknownFieldNamesTheClosestKnownOneWithLineAndColumn() {
    List<Violation> all = problems(VALID.replace("\"initiatives\"", "\"initiatves\""));
    Violation v = all.get(0);
    assertEquals(JsonCodes.JSON_UNKNOWN_FIELD, v.code());
    assertEquals("/initiatves", v.pointer());
    assertTrue(v.message().contains("did you mean 'initiatives'?"), v.message());
    assertTrue(v.message().endsWith("(line 5, column 3)"), v.message());
    // The misspelt field is unknown and the real one is then missing: both are told.
    assertEquals(List.of(JsonCodes.JSON_UNKNOWN_FIELD, JsonCodes.JSON_MISSING_FIELD),
        all.stream().map(Violation::code).toList());
    assertEquals("/initiatives", all.get(1).pointer());
  }

  @Test
  void anUnknownFieldFarFromAnyNameListsTheKnownOnes() {
    Violation v = only(VALID.replace("\"format\"", "\"zzzzzzzzzz\""));
    assertEquals("/zzzzzzzzzz", v.pointer());
    assertTrue(v.message().contains("known fields: format, edition, collectivity"), v.message());
  }

  @Test
  void everyStructuralProblemIsReportedAtOnce() {
    String broken = """
        {"edition": "2022", "edition": 2022,
         "collectivity": {"code": 19015, "kind": "commune", "population": 712.5, "colour": "blue"},
         "initiatives": [
           {"id": "a", "title": "A", "services": "SP.01", "startedOn": "01/05/2020", "operator": "COLLECTIVITY"},
           {"id": "b", "title": null, "services": ["SP.01", 3], "startedOn": "2021-02-30", "operator": "MAYOR"}
         ]}
        """;
    List<DossierResult> results = JSON.readDossiers("broken.json", broken, VALIDATOR);
    assertEquals(1, results.size());
    assertFalse(results.get(0).dossier().isPresent());
    List<String> found = results.get(0).violations().stream().map(v -> v.pointer() + " " + v.code()).toList();
    assertEquals(List.of(
        "/edition JSON_WRONG_TYPE",
        "/edition JSON_DUPLICATE_FIELD",
        "/collectivity/code JSON_WRONG_TYPE",
        "/collectivity/kind JSON_ENUM_UNKNOWN",
        "/collectivity/population JSON_WRONG_TYPE",
        "/collectivity/colour JSON_UNKNOWN_FIELD",
        "/collectivity/name JSON_MISSING_FIELD",
        "/initiatives/0/services JSON_WRONG_TYPE",
        "/initiatives/0/startedOn JSON_DATE_FORMAT",
        "/initiatives/1/title JSON_WRONG_TYPE",
        "/initiatives/1/services/1 JSON_WRONG_TYPE",
        "/initiatives/1/startedOn JSON_DATE_FORMAT",
        "/initiatives/1/operator JSON_ENUM_UNKNOWN"), found);
    String kind = results.get(0).violations().get(3).message();
    assertTrue(kind.contains("did you mean COMMUNE?") && kind.contains("(line 2, column"), kind);
  }

  @Test
  void aWellFormedDossierGetsTheValidatorsViolations() {
    String json = VALID.replace("\"SP.01\"", "\"SP.01\", \"SP.01\", \"ZZ.99\"").replace("19015", "1901");
    List<String> codes = problems(json).stream().map(Violation::code).toList();
    assertTrue(codes.containsAll(List.of(ViolationCodes.CODE_MALFORMED, ViolationCodes.SERVICE_DUPLICATE,
        ViolationCodes.SERVICE_UNKNOWN)), codes::toString);
    DossierResult result = JSON.readDossiers("d.json", json, VALIDATOR).get(0);
    assertTrue(result.dossier().isPresent());
    assertFalse(result.isValid());
  }

  @Test
  void aSyntaxErrorGivesOneResultWithLineAndColumn() {
    Violation v = only("{\n  \"edition\": 2022,\n  \"collectivity\" {}\n}");
    assertEquals(JsonCodes.JSON_SYNTAX, v.code());
    assertTrue(v.message().contains("(line 3, column 18)"), v.message());
    // Jackson reads the colon with the field name: the problem is in the enclosing object.
    assertEquals("", v.pointer());
    Violation inner = only("{\"edition\": 2022, \"collectivity\": {\"code\": \"1\" \"name\": \"x\"}}");
    assertEquals("/collectivity", inner.pointer());
  }

  @Test
  void aSyntaxErrorInAnArrayMakesTheWholeFileOneResult() {
    Dossier d = DossierGenerator.forEdition(2022).dossier(1);
    String one = JSON.compact().write(d);
    String text = "[" + one + "," + one + "," + one.substring(0, one.length() / 2) + "]";
    List<DossierResult> results = JSON.readDossiers("many.json", text, VALIDATOR);
    assertEquals(1, results.size(), results::toString);
    assertEquals("many.json", results.get(0).source());
    Violation v = results.get(0).violations().get(0);
    assertEquals(JsonCodes.JSON_SYNTAX, v.code());
    assertTrue(v.pointer().startsWith("/2/"), v.pointer());
    // Streaming gives what it read before the problem, then the problem.
    List<DossierResult> streamed = JSON.streamDossiers("many.json",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), VALIDATOR).toList();
    assertEquals(List.of("many.json#0", "many.json#1", "many.json"), streamed.stream().map(DossierResult::source).toList());
  }

  @Test
  void truncatedEmptyAndTrailingDocumentsAreSyntaxErrors() {
    assertEquals(JsonCodes.JSON_SYNTAX, only(VALID.substring(0, 100)).code());
    assertEquals(JsonCodes.JSON_SYNTAX, only("").code());
    assertEquals(JsonCodes.JSON_SYNTAX, only("  \n ").code());
    assertEquals(JsonCodes.JSON_SYNTAX, only(VALID + "{}").code());
    assertEquals(JsonCodes.JSON_SYNTAX, only(VALID + "x").code());
    assertEquals(JsonCodes.JSON_SYNTAX, only("{\"edition\": 2022,}").code());
    assertEquals(JsonCodes.JSON_SYNTAX, only("{'edition': 2022}").code());
    assertEquals(JsonCodes.JSON_SYNTAX, only("{\"edition\": NaN}").code());
    assertEquals(JsonCodes.JSON_SYNTAX, only("{\"edition\": 02022}").code());
  }

  @Test
  void syntaxMessagesNeverAdviseLenientParsing() {
    for (String bad : List.of("{\"edition\": NaN}", "{\"edition\": 2022 /* c */}", "{edition: 2022}", "[1,]")) {
      String message = only(bad).message();
      assertFalse(message.contains("Feature") || message.contains("enable") || message.contains("Source:"), message);
    }
  }

  @Test
  void oneInstanceReadsOnManyThreadsAlike() {
    DossierGenerator generator = DossierGenerator.forEdition(2021);
    List<String> texts = java.util.stream.LongStream.range(0, 200).mapToObj(s -> JSON.write(generator.dossier(s))).toList();
    List<DossierResult> sequential = texts.stream().map(t -> JSON.readDossiers("s", t, VALIDATOR).get(0)).toList();
    List<DossierResult> parallel = texts.parallelStream().map(t -> JSON.readDossiers("s", t, VALIDATOR).get(0)).toList();
    assertEquals(sequential, parallel);
  }

  @Test
  void anythingButAnObjectOrAnArrayIsTheWrongType() {
    Violation v = only("\"dossier\"");
    assertEquals(JsonCodes.JSON_WRONG_TYPE, v.code());
    assertTrue(v.message().contains("expected a dossier object or an array of dossiers"), v.message());
    List<DossierResult> results = JSON.readDossiers("a.json", "[" + VALID + ", 3, null]", VALIDATOR);
    assertEquals(List.of("a.json#0", "a.json#1", "a.json#2"), results.stream().map(DossierResult::source).toList());
    assertTrue(results.get(0).isValid());
    assertEquals(JsonCodes.JSON_WRONG_TYPE, results.get(1).violations().get(0).code());
    assertEquals("", results.get(1).violations().get(0).pointer());
  }

  @Test
  void anEmptyArrayHoldsNoDossier() {
    assertEquals(List.of(), JSON.readDossiers("none.json", "[]", VALIDATOR));
  }

  @Test
  void badUtf8IsASyntaxError() {
    byte[] bytes = VALID.replace("Ayen", "Ay?n").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '?') {
        bytes[i] = (byte) 0xC3; // a lead byte with no continuation
      }
    }
    List<DossierResult> results = JSON.readDossiers("-", new ByteArrayInputStream(bytes), VALIDATOR);
    assertEquals(1, results.size());
    assertEquals("-", results.get(0).source());
    assertEquals(JsonCodes.JSON_SYNTAX, results.get(0).violations().get(0).code());
  }

  @Test
  void anUnsupportedFormatAndOutOfRangeNumbersAreTold() {
    assertEquals(JsonCodes.JSON_FORMAT_UNSUPPORTED, only(VALID.replace("dossier@1", "dossier@2")).code());
    assertEquals(JsonCodes.JSON_NUMBER_OUT_OF_RANGE, only(VALID.replace("700", "7000000000")).code());
    assertEquals(JsonCodes.JSON_NUMBER_OUT_OF_RANGE, only(VALID.replace("45.25", "1e999")).code());
  }

  @Test
  void aMissingOrUnreadableFileIsOneResult(@TempDir Path dir) throws Exception {
    List<DossierResult> missing = JSON.readDossiers(dir.resolve("nope.json"), VALIDATOR);
    assertEquals(1, missing.size());
    assertEquals(JsonCodes.JSON_READ_FAILED, missing.get(0).violations().get(0).code());
    Path file = dir.resolve("ok.json");
    Files.writeString(file, "[" + VALID + "," + VALID + "]");
    List<DossierResult> ok = JSON.readDossiers(file, VALIDATOR);
    assertEquals(List.of(file + "#0", file + "#1"), ok.stream().map(DossierResult::source).toList());
    assertTrue(ok.stream().allMatch(DossierResult::isValid));
  }

  @Test
  void singleValueReadersThrowWithEveryProblem() {
    LabelJsonException e = assertThrows(LabelJsonException.class, () -> JSON.readDossier("{\"edition\": true}"));
    assertEquals(List.of(JsonCodes.JSON_WRONG_TYPE, JsonCodes.JSON_MISSING_FIELD), e.codes());
    assertEquals(3, e.violations().size(), e.violations()::toString);
    Decision decision = Decisions.decision(9);
    String text = JSON.write(decision).replace("\"arobases\"", "\"arobase\"");
    LabelJsonException d = assertThrows(LabelJsonException.class, () -> JSON.readDecision(text));
    assertTrue(d.getMessage().contains("did you mean 'arobases'?"), d.getMessage());
    assertThrows(LabelJsonException.class, () -> JSON.readDecision(JSON.write(decision).replace("decision@1", "decision@0")));
  }

  @Test
  void theModuleFailsWithEveryProblemAsCause() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new LabelModule());
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> mapper.readValue(VALID.replace("\"COMMUNE\"", "\"VILLE\"").replace("\"title\"", "\"titre\""), Dossier.class));
    LabelJsonException cause = (LabelJsonException) e.getCause();
    assertEquals(List.of(JsonCodes.JSON_ENUM_UNKNOWN, JsonCodes.JSON_UNKNOWN_FIELD, JsonCodes.JSON_MISSING_FIELD),
        cause.codes());
  }

  @Test
  void validationAndRatingOutputsHaveTheCommandLineShapes() throws Exception {
    List<DossierResult> results = JSON.readDossiers("a.json", "[" + VALID + ", 3]", VALIDATOR);
    StringWriter out = new StringWriter();
    JSON.compact().writeValidation(results, out);
    assertEquals("[{\"source\":\"a.json#0\",\"violations\":[]},{\"source\":\"a.json#1\",\"violations\":"
        + "[{\"pointer\":\"\",\"code\":\"JSON_WRONG_TYPE\",\"severity\":\"ERROR\",\"message\":"
        + "\"expected a dossier object, found the number 3 (line 10, column 3)\"}]}]\n".trim(), out.toString());
    Decision decision = Decisions.decision(1);
    StringWriter rated = new StringWriter();
    JSON.writeRatings(List.of(RatingResult.rated("a.json#0", decision),
        RatingResult.rejected("a.json#1", results.get(1).violations())), rated);
    var tree = new ObjectMapper().readTree(rated.toString());
    assertEquals("a.json#0", tree.get(0).get("source").asText());
    assertEquals(decision, JSON.readDecision(tree.get(0).get("decision").toString()));
    assertFalse(tree.get(0).has("violations"));
    assertEquals("JSON_WRONG_TYPE", tree.get(1).get("violations").get(0).get("code").asText());
    assertFalse(tree.get(1).has("decision"));
  }

  @Test
  void theResultsAreValues() {
    DossierResult r = new DossierResult("s", Optional.empty(), List.of());
    assertFalse(r.isValid());
    assertThrows(NullPointerException.class, () -> new DossierResult(null, Optional.empty(), List.of()));
  }
}
