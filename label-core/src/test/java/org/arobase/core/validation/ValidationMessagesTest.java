package org.arobase.core.validation;

import static org.arobase.core.Dossiers.ayen;
import static org.arobase.core.Dossiers.collectivity;
import static org.arobase.core.Dossiers.first;
import static org.arobase.core.Dossiers.initiative;
import static org.arobase.core.Dossiers.withFirst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.arobase.core.Dossier;
import org.arobase.core.ImmutableDossier;
import org.arobase.core.geo.Geography;
import org.arobase.core.internal.Messages;
import org.arobase.core.jury.JuryRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The validator's messages: French by default, English on request, the same codes and pointers in both. */
class ValidationMessagesTest {

  /** Words of the English messages that French ones never hold. */
  private static final Pattern ENGLISH = Pattern.compile("\\b(is|are|the|not|has|and|of|to|by|at|from|will|be|ignored"
      + "|outside|before|already|used|twice|known|negative|characters|most|least|neither|nor|does|match|files|listed"
      + "|appears|fails|earlier|counts|needs|staff|ends|starts|in|an)\\b");

  private static final DossierValidator FRENCH = DossierValidator.standard();
  private static final DossierValidator ENGLISH_VALIDATOR = DossierValidator.builder().locale(Locale.ENGLISH).build();

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> oneViolationEach() {
    return DossierValidatorTest.oneViolationEach();
  }

  @ParameterizedTest(name = "{0} at {2}")
  @MethodSource("oneViolationEach")
  void everyMessageIsFrenchByDefaultAndEnglishOnRequest(String code, Severity severity, String pointer,
      UnaryOperator<ImmutableDossier> change) {
    Dossier dossier = change.apply(ayen());
    List<Violation> french = FRENCH.validate(dossier).violations();
    List<Violation> english = ENGLISH_VALIDATOR.validate(dossier).violations();
    assertEquals(shape(french), shape(english), "the codes and pointers do not depend on the language");
    for (Violation v : french) {
      Matcher m = ENGLISH.matcher(v.message());
      assertFalse(m.find(), () -> "English « " + m.group() + " » in: " + v.message());
      // The explanation of an ignored initiative is the eligibility's own, which ends the message as it is.
      if (!v.code().startsWith("IGNORED_")) {
        assertFalse(v.message().matches(".*\\d{4}-\\d{2}-\\d{2}.*"), () -> "an ISO date in: " + v.message());
      }
    }
    for (Violation v : english) {
      // The eligibility's explanation ends the IGNORED_ messages; a service's label is a French name.
      if (!v.code().startsWith("IGNORED_") && !v.code().equals(ViolationCodes.SERVICE_NOT_APPLICABLE)) {
        assertFalse(v.message().matches(".*\\b(est|pas|le|la|du)\\b.*"), () -> "French in: " + v.message());
      }
    }
  }

  private static List<String> shape(List<Violation> violations) {
    return violations.stream().map(v -> v.severity() + " " + v.code() + " " + v.pointer()).toList();
  }

  private static String message(DossierValidator validator, Dossier dossier, String code) {
    return validator.validate(dossier).violations().stream().filter(v -> v.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code)).message();
  }

  @Test
  void aNegativePopulationInBothLanguages() {
    Dossier dossier = ayen().withCollectivity(collectivity(ayen()).withPopulation(-717));
    assertEquals("la population -717 est négative", message(FRENCH, dossier, ViolationCodes.POPULATION_NEGATIVE));
    assertEquals("population -717 is negative", message(ENGLISH_VALIDATOR, dossier, ViolationCodes.POPULATION_NEGATIVE));
    Dossier big = ayen().withCollectivity(collectivity(ayen()).withPopulation(-12_500));
    assertEquals("la population -12\u00a0500 est négative", message(FRENCH, big, ViolationCodes.POPULATION_NEGATIVE));
    assertEquals("population -12,500 is negative", message(ENGLISH_VALIDATOR, big, ViolationCodes.POPULATION_NEGATIVE));
  }

  @Test
  void datesAreInWordsAndYearsWithoutDigitGroups() {
    Dossier late = ayen().withSubmittedOn(LocalDate.of(2021, 12, 1));
    String french = message(FRENCH, late, ViolationCodes.SUBMITTED_OUTSIDE_WINDOW);
    assertTrue(french.startsWith("dossier déposé le 1er\u00a0décembre 2021, hors de la période de dépôt du "), french);
    String english = message(ENGLISH_VALIDATOR, late, ViolationCodes.SUBMITTED_OUTSIDE_WINDOW);
    assertTrue(english.startsWith("filed on 1 December 2021, outside the window "), english);
    Dossier old = withFirst(ayen(), first(ayen()).withStartedOn(LocalDate.of(1789, 7, 14)));
    assertEquals("le 14\u00a0juillet 1789 est hors de la période du 1er\u00a0janvier 1990 au 31\u00a0décembre 2100",
        message(FRENCH, old, ViolationCodes.DATE_OUT_OF_RANGE));
    assertEquals("14 July 1789 is outside 1 January 1990 to 31 December 2100",
        message(ENGLISH_VALIDATOR, old, ViolationCodes.DATE_OUT_OF_RANGE));
    String unknown = message(FRENCH, ayen().withEdition(1999), ViolationCodes.EDITION_UNKNOWN);
    assertTrue(unknown.startsWith("le millésime 1999 n'est pas connu\u00a0; millésimes connus\u00a0: 2020, 2021, 2022"),
        unknown);
  }

  @Test
  void pluralsAndNumbersFollowTheLanguage() {
    Dossier longTitle = withFirst(ayen(), first(ayen()).withTitle("x".repeat(301)));
    assertEquals("301 caractères\u00a0; au plus 300", message(FRENCH, longTitle, ViolationCodes.TEXT_TOO_LONG));
    assertEquals("301 characters; at most 300", message(ENGLISH_VALIDATOR, longTitle, ViolationCodes.TEXT_TOO_LONG));
    Dossier many = ayen().withInitiatives(IntStream.range(0, 2001).mapToObj(i -> initiative("i" + i, "SP.01")).toList());
    assertEquals("2\u00a0001 initiatives\u00a0; ce validateur en accepte au plus 2\u00a0000",
        message(FRENCH, many, ViolationCodes.INITIATIVES_TOO_MANY));
    assertEquals("2,001 initiatives; this validator accepts at most 2,000",
        message(ENGLISH_VALIDATOR, many, ViolationCodes.INITIATIVES_TOO_MANY));
  }

  @Test
  void theStaticHelpersAreFrenchUnlessAskedOtherwise() {
    assertEquals("aucune initiative ne compte pour le millésime 2022 (chacune est listée avec sa raison)\u00a0; un dossier"
        + " en demande au moins une", DossierValidator.noEligibleInitiative(2022).message());
    assertEquals("not one initiative counts for the millésime 2022 (each is listed with its reason); a dossier needs"
        + " at least one", DossierValidator.noEligibleInitiative(2022, Locale.UK).message());
    assertEquals(DossierValidator.noEligibleInitiative(2022), DossierValidator.noEligibleInitiative(2022, null));
    var verdict = FRENCH.validate(withFirst(ayen(), first(ayen()).withOperator(org.arobase.core.Operator.OTHER)))
        .violations().get(0);
    assertTrue(verdict.message().startsWith("l'initiative «\u00a0arbres\u00a0» sera ignorée par la notation\u00a0: "),
        verdict.message());
  }

  @Test
  void theLocaleIsFrenchUnlessEnglish() {
    assertEquals(Locale.FRENCH, DossierValidator.standard().locale());
    assertEquals(Locale.FRENCH, DossierValidator.builder().locale(null).build().locale());
    assertEquals(Locale.FRENCH, DossierValidator.builder().locale(Locale.GERMANY).build().locale());
    assertEquals(Locale.ENGLISH, DossierValidator.builder().locale(Locale.US).build().locale());
  }

  @Test
  void everyFrenchMessageHasAnEnglishTwin() {
    for (Class<?> anchor : List.of(DossierValidator.class, Geography.class, JuryRecords.class)) {
      Messages french = Messages.of(anchor, "messages", Locale.FRENCH);
      Messages english = Messages.of(anchor, "messages", Locale.ENGLISH);
      assertFalse(french.keys().isEmpty(), anchor::getName);
      assertEquals(french.keys(), english.keys(), anchor::getName);
    }
  }
}
