package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arobase.core.internal.Messages;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's messages: French by default, English on request, none of Jackson's English in French. */
class ReadingMessagesTest {

  private static final LabelJson FRENCH = LabelJson.standard();
  private static final LabelJson ENGLISH = LabelJson.standard().withLocale(Locale.ENGLISH);

  /** Words of Jackson's messages and of the reader's English ones. */
  private static final Pattern ENGLISH_WORDS = Pattern.compile("(?i)\\b(unexpected|expected|was|expecting|character"
      + "|token|unrecognized|illegal|enable|allow|maybe|comment|invalid|numeric|value|input|marker|the|is|not"
      + "|of|in|field|line|column|found|string|array|object|an|a|limit|exceeded|malformed|escape|number)\\b");

  private static List<Violation> problems(LabelJson json, String text) {
    return json.readDossiers("t.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .get(0).violations();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{", "{\"edition\": 2022,}", "{\"edition\" 2022}", "{\"edition\": 2022 \"x\": 1}", "[{} {}]", "{\"edition\": }",
    "{\"edition\": tru}", "{\"edition\": NaN}", "{} // note", "{\"edition\": \"a\u0001\"}", "{\"edition\": \"\\q\"}",
    "{\"edition\": 012}", "{\"edition\": -}", "{\"a\": [1}", "{\"edition\": 1.5e}", "'x'", "", "{} {}", "{\"a\": \"b",
    "[", "{\"edition\": \"2022\", \"edition\": 2022, \"initiatve\": [], \"collectivity\": {\"kind\": \"commune\"}}",
    "{\"edition\": 2022.5, \"submittedOn\": \"2021-02-30\", \"obligations\": [\"open_data\", \"\"]}",
    "{\"edition\": 99999999999, \"format\": \"arobase/dossier@9\", \"history\": 3}",
  })
  void aWrongDocumentGetsFrenchMessagesWithoutEnglish(String text) {
    List<Violation> french = problems(FRENCH, text);
    List<Violation> english = problems(ENGLISH, text);
    assertFalse(french.isEmpty(), text);
    assertEquals(french.stream().map(v -> v.code() + " " + v.pointer()).toList(),
        english.stream().map(v -> v.code() + " " + v.pointer()).toList(), "codes and pointers are the same in both");
    for (Violation v : french) {
      // The values and names of the document are quoted; what is outside the quotes is French.
      Matcher m = ENGLISH_WORDS.matcher(v.message().replaceAll("«\u00a0[^»]*\u00a0»", ""));
      assertFalse(m.find(), () -> "« " + m.group() + " » in: " + v.message());
      assertFalse(v.message().matches("JSON malformé \\(.*"), () -> "a syntax error left unexplained: " + v.message()
          + " / " + english);
    }
  }

  @Test
  void frenchAndEnglishPairs() {
    String text = "{\n  \"edition\": 2022,\n  \"initiatves\": []\n}";
    assertEquals("champ «\u00a0initiatves\u00a0» inconnu dans un dossier\u00a0; vouliez-vous dire «\u00a0initiatives\u00a0»\u00a0?"
        + " (ligne 3, colonne 3)", problems(FRENCH, text).get(0).message());
    assertEquals("unknown field 'initiatves' in a dossier; did you mean 'initiatives'? (line 3, column 3)",
        problems(ENGLISH, text).get(0).message());
    String syntax = "{\"edition\": 2022,}";
    assertEquals("JSON malformé\u00a0: caractère «\u00a0}\u00a0» inattendu\u00a0; un nom de champ entre guillemets doubles"
        + " était attendu (ligne 1, colonne 18)", problems(FRENCH, syntax).get(0).message());
    assertEquals("malformed JSON: unexpected character '}'; expected a field name in double quotes (line 1, column 18)",
        problems(ENGLISH, syntax).get(0).message());
  }

  @Test
  void invalidUtf8IsToldInTheReadersLanguage() {
    byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xBC, '"', '}'};
    Violation french = syntax(FRENCH.readDossiers("b.json", new ByteArrayInputStream(bytes)).get(0).violations());
    Violation english = syntax(ENGLISH.readDossiers("b.json", new ByteArrayInputStream(bytes)).get(0).violations());
    assertEquals(JsonCodes.JSON_SYNTAX, french.code());
    assertTrue(french.message().startsWith("JSON malformé, UTF-8 invalide\u00a0: l'octet C0 à la position 6 commence"
        + " une forme trop longue"), french.message());
    assertTrue(english.message().startsWith("malformed JSON: invalid UTF-8: byte C0 at byte 6 starts an overlong form"),
        english.message());
  }

  private static Violation syntax(List<Violation> violations) {
    return violations.stream().filter(v -> v.code().equals(JsonCodes.JSON_SYNTAX)).findFirst()
        .orElseThrow(() -> new AssertionError(violations.toString()));
  }

  @Test
  void theValidatorGivenToTheReaderSpeaksItsOwnLanguage() {
    String dossier = "{\"edition\": 2022, \"collectivity\": {\"code\": \"19015\", \"name\": \"Ayen\", \"kind\": \"COMMUNE\","
        + " \"population\": -717}, \"initiatives\": [{\"id\": \"a\", \"title\": \"A\", \"services\": [\"SP.01\"],"
        + " \"startedOn\": \"2020-01-01\", \"operator\": \"COLLECTIVITY\"}]}";
    Violation french = FRENCH.readDossiers("a.json", dossier, DossierValidator.standard()).get(0).violations().get(0);
    assertEquals("la population -717 est négative", french.message());
    Violation english = ENGLISH.readDossiers("a.json", dossier,
        DossierValidator.builder().locale(Locale.ENGLISH).build()).get(0).violations().get(0);
    assertEquals("population -717 is negative", english.message());
  }

  @Test
  void theSingleValueReadersAndTheJuryFilesFollowTheLocale() {
    LabelJsonException e = assertThrows(LabelJsonException.class, () -> ENGLISH.readDossier("[]"));
    assertTrue(e.violations().get(0).message().startsWith("expected an object (a dossier), found an array"),
        e.getMessage());
    e = assertThrows(LabelJsonException.class, () -> FRENCH.readDossier("[]"));
    assertTrue(e.violations().get(0).message().startsWith("attendu\u00a0: un objet (un dossier)\u00a0; trouvé\u00a0: un tableau"),
        e.getMessage());
    assertEquals(Locale.FRENCH, FRENCH.locale());
    assertEquals(Locale.ENGLISH, ENGLISH.withLimits(JsonLimits.defaults()).compact().locale());
    assertEquals(Locale.FRENCH, FRENCH.withLocale(null).locale());
  }

  @Test
  void everyFrenchMessageHasAnEnglishTwin() {
    Messages french = Messages.of(LabelJson.class, "messages", Locale.FRENCH);
    assertEquals(french.keys(), Messages.of(LabelJson.class, "messages", Locale.ENGLISH).keys());
    assertTrue(french.keys().size() > 50, french.keys()::toString);
  }
}
