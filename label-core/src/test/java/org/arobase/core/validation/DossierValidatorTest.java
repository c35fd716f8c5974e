package org.arobase.core.validation;

import static org.arobase.core.Dossiers.ayen;
import static org.arobase.core.Dossiers.collectivity;
import static org.arobase.core.Dossiers.first;
import static org.arobase.core.Dossiers.initiative;
import static org.arobase.core.Dossiers.withFirst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.arobase.core.Category;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossiers;
import org.arobase.core.Edition;
import org.arobase.core.ImmutableCollectivity;
import org.arobase.core.ImmutableDossier;
import org.arobase.core.ImmutableEdition;
import org.arobase.core.Location;
import org.arobase.core.Operator;
import org.arobase.core.PastLabel;
import org.arobase.core.eligibility.IneligibilityReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DossierValidatorTest {

  private final DossierValidator validator = DossierValidator.standard();

  @Test
  void aValidDossierHasAnEmptyReport() {
    ValidationReport report = validator.validate(ayen());
    assertTrue(report.violations().isEmpty(), report.toString());
    assertTrue(report.isValid());
  }

  private static Arguments violation(String code, Severity severity, String pointer, UnaryOperator<ImmutableDossier> change) {
    return Arguments.of(code, severity, pointer, change);
  }

  static Stream<Arguments> oneViolationEach() {
    String longText = "x".repeat(301);
    return Stream.of(
        violation(ViolationCodes.EDITION_UNKNOWN, Severity.ERROR, "/edition", d -> d.withEdition(1999)),
        violation(ViolationCodes.SUBMITTED_OUTSIDE_WINDOW, Severity.WARNING, "/submittedOn",
            d -> d.withSubmittedOn(LocalDate.of(2021, 12, 1))),
        violation(ViolationCodes.INITIATIVES_EMPTY, Severity.ERROR, "/initiatives", d -> d.withInitiatives()),
        violation(ViolationCodes.INITIATIVES_TOO_MANY, Severity.ERROR, "/initiatives",
            d -> d.withInitiatives(IntStream.range(0, 2001).mapToObj(i -> initiative("i" + i, "SP.01")).toList())),
        violation(ViolationCodes.NO_ELIGIBLE_INITIATIVE, Severity.ERROR, "/initiatives",
            d -> d.withInitiatives(first(d).withOperator(Operator.OTHER))),
        violation(ViolationCodes.NAME_BLANK, Severity.ERROR, "/collectivity/name",
            d -> d.withCollectivity(collectivity(d).withName(" "))),
        violation(ViolationCodes.CODE_MALFORMED, Severity.ERROR, "/collectivity/code",
            d -> d.withCollectivity(collectivity(d).withCode("1901"))),
        violation(ViolationCodes.CODE_MALFORMED, Severity.ERROR, "/collectivity/code",
            d -> d.withCollectivity(collectivity(d).withCode("242100411").withKind(CollectivityKind.INTERCOMMUNALITE)
                .withDepartement(Optional.empty()))),
        violation(ViolationCodes.KIND_CODE_MISMATCH, Severity.ERROR, "/collectivity/code",
            d -> d.withCollectivity(collectivity(d).withCode("242100410").withDepartement(Optional.empty()))),
        violation(ViolationCodes.KIND_CODE_MISMATCH, Severity.ERROR, "/collectivity/code",
            d -> d.withCollectivity(collectivity(d).withKind(CollectivityKind.INTERCOMMUNALITE))),
        violation(ViolationCodes.POPULATION_NEGATIVE, Severity.ERROR, "/collectivity/population",
            d -> d.withCollectivity(collectivity(d).withPopulation(-1))),
        violation(ViolationCodes.AGENTS_NEGATIVE, Severity.ERROR, "/collectivity/agents",
            d -> d.withCollectivity(collectivity(d).withAgents(-2.5))),
        violation(ViolationCodes.DEPARTEMENT_MALFORMED, Severity.ERROR, "/collectivity/departement",
            d -> d.withCollectivity(collectivity(d).withDepartement("Corrèze"))),
        violation(ViolationCodes.DEPARTEMENT_MISMATCH, Severity.ERROR, "/collectivity/departement",
            d -> d.withCollectivity(collectivity(d).withDepartement("87"))),
        violation(ViolationCodes.CATEGORY_MISMATCH, Severity.ERROR, "/collectivity/category",
            d -> d.withCollectivity(collectivity(d).withCategory(Category.TERRITOIRE))),
        violation(ViolationCodes.HISTORY_EDITION_OUT_OF_RANGE, Severity.ERROR, "/history/0/edition",
            d -> d.withHistory(PastLabel.of(2022, 3))),
        violation(ViolationCodes.HISTORY_EDITION_DUPLICATE, Severity.ERROR, "/history/1/edition",
            d -> d.withHistory(PastLabel.of(2020, 3), PastLabel.of(2020, 4))),
        violation(ViolationCodes.HISTORY_AROBASES_OUT_OF_RANGE, Severity.ERROR, "/history/0/arobases",
            d -> d.withHistory(PastLabel.of(2019, 6))),
        violation(ViolationCodes.INITIATIVE_ID_BLANK, Severity.ERROR, "/initiatives/0/id",
            d -> withFirst(d, first(d).withId(""))),
        violation(ViolationCodes.INITIATIVE_ID_DUPLICATE, Severity.ERROR, "/initiatives/1/id",
            d -> d.withInitiatives(initiative("a", "SP.01"), initiative("a", "SP.02"))),
        violation(ViolationCodes.TITLE_BLANK, Severity.ERROR, "/initiatives/0/title",
            d -> withFirst(d, first(d).withTitle("  "))),
        violation(ViolationCodes.TEXT_TOO_LONG, Severity.ERROR, "/initiatives/0/title",
            d -> withFirst(d, first(d).withTitle(longText))),
        violation(ViolationCodes.SERVICES_EMPTY, Severity.ERROR, "/initiatives/0/services",
            d -> withFirst(d, first(d).withServices())),
        violation(ViolationCodes.SERVICE_UNKNOWN, Severity.ERROR, "/initiatives/0/services/1",
            d -> withFirst(d, first(d).withServices("CP.01", "ZZ.99"))),
        violation(ViolationCodes.SERVICE_DUPLICATE, Severity.ERROR, "/initiatives/0/services/1",
            d -> withFirst(d, first(d).withServices("CP.01", "CP.01"))),
        violation(ViolationCodes.SERVICE_NOT_APPLICABLE, Severity.WARNING, "/initiatives/0/services/1",
            d -> withFirst(d, first(d).withServices("CP.01", "IN.03"))),
        violation(ViolationCodes.END_BEFORE_START, Severity.ERROR, "/initiatives/0/endedOn",
            d -> withFirst(d, first(d).withEndedOn(LocalDate.of(2020, 4, 1)))),
        violation(ViolationCodes.DATE_OUT_OF_RANGE, Severity.ERROR, "/initiatives/0/startedOn",
            d -> withFirst(d, first(d).withStartedOn(LocalDate.of(1789, 7, 14)))),
        violation(ViolationCodes.LOCATION_OUT_OF_RANGE, Severity.ERROR, "/initiatives/0/location",
            d -> withFirst(d, first(d).withLocation(new Location(145.2, 1.5)))),
        violation(ViolationCodes.LINK_MALFORMED, Severity.ERROR, "/initiatives/0/links/0",
            d -> withFirst(d, first(d).withLinks("www.ayen.fr"))),
        violation(ViolationCodes.OBLIGATION_UNKNOWN, Severity.ERROR, "/obligations/1",
            d -> d.withCompliance(org.arobase.core.Compliance.of("OPEN_DATA", "CYBERSECURITE"))),
        violation("IGNORED_STARTED_AFTER_REFERENCE_DATE", Severity.WARNING, "/initiatives/0",
            d -> withFirst(d, first(d).withStartedOn(LocalDate.of(2021, 11, 13)))),
        violation("IGNORED_ENDED_TOO_LONG_AGO", Severity.WARNING, "/initiatives/0",
            d -> withFirst(d, first(d).withStartedOn(LocalDate.of(2018, 1, 1)).withEndedOn(LocalDate.of(2019, 11, 12)))),
        violation("IGNORED_OPERATOR_NOT_COUNTED", Severity.WARNING, "/initiatives/0",
            d -> withFirst(d, first(d).withOperator(Operator.OTHER))),
        violation("IGNORED_NO_APPLICABLE_SERVICE", Severity.WARNING, "/initiatives/0",
            d -> withFirst(d, first(d).withServices("IN.03"))));
  }

  @ParameterizedTest(name = "{0} at {2}")
  @MethodSource("oneViolationEach")
  void eachCheckHasItsCode(String code, Severity severity, String pointer, UnaryOperator<ImmutableDossier> change) {
    ValidationReport report = validator.validate(change.apply(ayen()));
    Violation found = report.violations().stream().filter(v -> v.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in\n" + report));
    assertEquals(pointer, found.pointer());
    assertEquals(severity, found.severity());
    assertFalse(found.message().isBlank());
    assertEquals(severity == Severity.WARNING, report.isValid(), report.toString());
  }

  @Test
  void everyDocumentedCodeIsTriggeredByATest() {
    Set<String> tested = oneViolationEach().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    Set<String> declared = new HashSet<>();
    for (var field : ViolationCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        declared.add(field.getName());
      }
    }
    Arrays.stream(IneligibilityReason.values()).forEach(r -> declared.add(ViolationCodes.ignored(r)));
    declared.removeAll(tested);
    assertEquals(Set.of(), declared, "codes without a test");
  }

  @Test
  void everyProblemIsReportedAtOnceInDocumentOrder() {
    ImmutableDossier bad = ayen()
        .withCollectivity(collectivity(ayen()).withPopulation(-5).withCode("ABCDE"))
        .withInitiatives(
            first(ayen()).withServices("ZZ.01"),
            first(ayen()).withTitle("").withEndedOn(LocalDate.of(2019, 1, 1)));
    ValidationReport report = validator.validate(bad);
    assertEquals(List.of("/collectivity/code", "/collectivity/population", "/initiatives/0/services/0",
        "/initiatives/1/id", "/initiatives/1/title", "/initiatives/1/endedOn"),
        report.errors().stream().map(Violation::pointer).toList(), report.toString());
    assertFalse(report.isValid());
  }

  @Test
  void noEligibleInitiativeIsClaimedOnlyAboutWellFormedOnes() {
    ImmutableDossier oneMalformedOneIgnored = ayen().withInitiatives(
        first(ayen()).withServices("ZZ.01"), first(ayen()).withId("b").withOperator(Operator.OTHER));
    assertFalse(validator.validate(oneMalformedOneIgnored).codes().contains(ViolationCodes.NO_ELIGIBLE_INITIATIVE));
    ImmutableDossier allIgnored = ayen().withInitiatives(first(ayen()).withOperator(Operator.OTHER));
    assertTrue(validator.validate(allIgnored).codes().contains(ViolationCodes.NO_ELIGIBLE_INITIATIVE));
  }

  @Test
  void warningsNeverBlock() {
    ImmutableDossier dossier = ayen().withSubmittedOn(LocalDate.of(2022, 1, 5));
    ValidationReport report = validator.validate(dossier);
    assertTrue(report.isValid());
    assertEquals(List.of(ViolationCodes.SUBMITTED_OUTSIDE_WINDOW), report.codes());
  }

  @Test
  void aLargerLimitOfInitiativesCanBeSetButNotASmallerOne() {
    ImmutableDossier big = ayen().withInitiatives(
        IntStream.range(0, 2500).mapToObj(i -> initiative("i" + i, "SP.01")).toList());
    assertFalse(validator.validate(big).isValid());
    assertTrue(DossierValidator.builder().maxInitiatives(3000).build().validate(big).isValid());
    assertThrows(IllegalArgumentException.class, () -> DossierValidator.builder().maxInitiatives(100));
  }

  @Test
  void pointersEscapeTildeAndSlash() {
    assertEquals("/a~1b/m~0n/0", Violation.pointerOf("a/b", "m~n", 0));
    assertEquals("", Violation.pointerOf());
  }

  @Test
  void extraChecksAndMillesimesPlugIn() {
    Edition future = ImmutableEdition.copyOf(Edition.of(2022)).withYear(2023).withNumber(24);
    DossierValidator custom = DossierValidator.builder()
        .edition(future)
        .addCheck(d -> List.of(Violation.warning("/collectivity", "CUSTOM", "checked")))
        .build();
    ValidationReport report = custom.validate(ayen().withEdition(2023).withSubmittedOn(Optional.empty()));
    assertEquals(List.of("CUSTOM"), report.codes());
  }

  @Test
  void historyMayNameAnyMillesimeFrom2000() {
    assertTrue(validator.validate(ayen().withHistory(PastLabel.of(2000, 1), PastLabel.of(2021, 5))).isValid());
  }

  @Test
  void corsicanAndOverseasCodesAreWellFormed() {
    ImmutableCollectivity ajaccio = collectivity(ayen()).withCode("2A004").withDepartement("2A");
    ImmutableCollectivity abymes = collectivity(ayen()).withCode("97101").withDepartement("971");
    assertTrue(validator.validate(ayen().withCollectivity(ajaccio)).isValid());
    assertTrue(validator.validate(ayen().withCollectivity(abymes)).isValid());
  }
}
