package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arobase.core.Compliance;
import org.arobase.core.Dossier;
import org.arobase.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The dossier's {@code obligations} (codes) and the first format's {@code compliance} (four booleans), read strictly. */
class ObligationsReadingTest {

  // The English wording is what these tests pin; the French default is pinned by ReadingMessagesTest.
  private static final LabelJson JSON = LabelJson.standard().withLocale(java.util.Locale.ENGLISH);

  private static String dossier(String declarations) {
    return StrictReadingTest.VALID.replace("\"initiatives\"", declarations + ",\n  \"initiatives\"");
  }

  private static List<Violation> problems(String declarations) {
    try {
      JSON.readDossier(dossier(declarations));
    } catch (LabelJsonException e) {
      return e.violations();
    }
    throw new AssertionError("read: " + declarations);
  }

  private static List<String> declared(String declarations) {
    return List.copyOf(JSON.readDossier(dossier(declarations)).compliance().obligations());
  }

  @Test
  void anyWellFormedCodeIsReadInTheOrderGiven() {
    assertEquals(List.of("URBANISME_ONLINE", "OPEN_DATA", "REEN_PROGRAMME", "A", "B2_", "X".repeat(64)),
        declared("\"obligations\": [\"URBANISME_ONLINE\", \"OPEN_DATA\", \"REEN_PROGRAMME\", \"A\", \"B2_\", \""
            + "X".repeat(64) + "\"]"));
    Dossier d = JSON.readDossier(dossier("\"obligations\": [\"OPEN_DATA\", \"PROCUREMENT_DATA\"]"));
    assertTrue(d.compliance().openData() && d.compliance().declares("PROCUREMENT_DATA") && !d.compliance().actsOnline());
    assertEquals(List.of(), declared("\"obligations\": []"));
    assertEquals(List.of(), declared("\"obligations\": null"));
  }

  @Test
  void theUnionListsTheArrayThenTheTrueBooleansNotAlreadyListed() {
    assertEquals(List.of("REEN_STRATEGY", "ACTS_ONLINE", "OPEN_DATA", "ELECTRONIC_PROCUREMENT"),
        declared("\"obligations\": [\"REEN_STRATEGY\", \"ACTS_ONLINE\"], \"compliance\": {\"electronicProcurement\": true,"
            + " \"actsOnline\": true, \"accessibilityStatement\": false, \"openData\": true}"));
    assertEquals(List.of("OPEN_DATA"), declared("\"obligations\": [\"OPEN_DATA\"], \"compliance\": {\"openData\": false}"));
    assertEquals(List.of("ACTS_ONLINE"), declared("\"obligations\": null, \"compliance\": {\"actsOnline\": true}"));
    assertEquals(List.of("ACTS_ONLINE"), declared("\"obligations\": [\"ACTS_ONLINE\"], \"compliance\": null"));
    assertEquals(Compliance.CODES, declared("\"compliance\": {\"actsOnline\": true, \"electronicProcurement\": true,"
        + " \"openData\": true, \"accessibilityStatement\": true}"));
  }

  @Test
  void aDuplicateNamesBothPositionsAtTheSecond() {
    List<Violation> all = problems("\"obligations\": [\"OPEN_DATA\", \"ACTS_ONLINE\", \"OPEN_DATA\", \"OPEN_DATA\"]");
    assertEquals(List.of("/obligations/2", "/obligations/3"), all.stream().map(Violation::pointer).toList());
    assertEquals(JsonCodes.JSON_OBLIGATION_DUPLICATE, all.get(0).code());
    assertTrue(all.get(0).message().startsWith("obligation OPEN_DATA is listed twice, at positions 0 and 2 of the obligations (line "),
        all.get(0).message());
    assertTrue(all.get(1).message().contains("at positions 0 and 3"), all.get(1).message());
  }

  @Test
  void aMalformedCodeIsToldWithItsPointerAndASuggestion() {
    Violation lower = problems("\"obligations\": [\"OPEN_DATA\", \"acts_online\"]").get(0);
    assertEquals(JsonCodes.JSON_OBLIGATION_MALFORMED, lower.code());
    assertEquals("/obligations/1", lower.pointer());
    assertTrue(lower.message().startsWith("'acts_online' is not an obligation code: expected upper-case letters, digits"
        + " and underscores, starting with a letter, e.g. OPEN_DATA; did you mean ACTS_ONLINE? (line "), lower.message());
    Violation empty = problems("\"obligations\": [\"\"]").get(0);
    assertEquals(JsonCodes.JSON_OBLIGATION_MALFORMED, empty.code());
    assertEquals("/obligations/0", empty.pointer());
    assertTrue(empty.message().startsWith("an obligation code cannot be empty"), empty.message());
    Violation tooLong = problems("\"obligations\": [\"" + "A".repeat(65) + "\"]").get(0);
    assertEquals(JsonCodes.JSON_OBLIGATION_MALFORMED, tooLong.code());
    assertTrue(tooLong.message().contains("has 65 characters; an obligation code has at most 64"), tooLong.message());
    for (String bad : List.of(" ", "OPEN DATA", "OPEN-DATA", "1ABC", "_ABC", "ÉTAT", "OPEN_DATA\\n", " OPEN_DATA")) {
      List<Violation> all = problems("\"obligations\": [\"" + bad + "\"]");
      assertEquals(List.of(JsonCodes.JSON_OBLIGATION_MALFORMED), all.stream().map(Violation::code).toList(), bad);
      assertTrue(!all.get(0).message().contains("did you mean") || bad.contains("OPEN_DATA"), all::toString);
    }
  }

  @Test
  void wrongTypesAreToldForTheArrayAndForEachElement() {
    Violation notArray = problems("\"obligations\": \"OPEN_DATA\"").get(0);
    assertEquals(JsonCodes.JSON_WRONG_TYPE, notArray.code());
    assertEquals("/obligations", notArray.pointer());
    assertTrue(notArray.message().startsWith("expected an array of obligation codes, found the string 'OPEN_DATA'"),
        notArray.message());
    List<Violation> elements = problems("\"obligations\": [null, 1, true, [\"A\"], {}, \"OPEN_DATA\"]");
    assertEquals(List.of("/obligations/0", "/obligations/1", "/obligations/2", "/obligations/3", "/obligations/4"),
        elements.stream().map(Violation::pointer).toList());
    assertTrue(elements.stream().allMatch(v -> v.code().equals(JsonCodes.JSON_WRONG_TYPE)), elements::toString);
    assertEquals(JsonCodes.JSON_WRONG_TYPE, problems("\"compliance\": {\"openData\": \"yes\"}").get(0).code());
  }

  @Test
  void everyProblemOfBothFieldsIsToldAtOnce() {
    List<Violation> all = problems("\"obligations\": [\"OPEN_DATA\", \"Acts-Online\", \"OPEN_DATA\", 7],"
        + " \"compliance\": {\"openData\": \"yes\", \"urbanismeOnline\": true}, \"obligations\": []");
    assertEquals(List.of(
        JsonCodes.JSON_OBLIGATION_MALFORMED + " /obligations/1",
        JsonCodes.JSON_OBLIGATION_DUPLICATE + " /obligations/2",
        JsonCodes.JSON_WRONG_TYPE + " /obligations/3",
        JsonCodes.JSON_WRONG_TYPE + " /compliance/openData",
        JsonCodes.JSON_UNKNOWN_FIELD + " /compliance/urbanismeOnline",
        JsonCodes.JSON_DUPLICATE_FIELD + " /obligations"),
        all.stream().map(v -> v.code() + " " + v.pointer()).toList());
  }

  @Test
  void aMisspeltFieldSuggestsTheNewName() {
    for (String misspelt : List.of("obligation", "Obligations", "obligatons", "oblgations")) {
      List<Violation> all = problems("\"" + misspelt + "\": [\"OPEN_DATA\"]");
      assertEquals(JsonCodes.JSON_UNKNOWN_FIELD, all.get(0).code());
      assertEquals("/" + misspelt, all.get(0).pointer());
      assertTrue(all.get(0).message().contains("did you mean 'obligations'?"), all.get(0).message());
    }
    Violation far = problems("\"zzzzzzzzzzzz\": 1").get(0);
    assertTrue(far.message().contains("known fields: format, edition, collectivity, submittedOn, history, obligations,"
        + " compliance, initiatives"), far.message());
    assertTrue(problems("\"complience\": {}").get(0).message().contains("did you mean 'compliance'?"));
  }
}
