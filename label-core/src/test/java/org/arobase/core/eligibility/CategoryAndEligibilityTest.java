package org.arobase.core.eligibility;

import static org.arobase.core.Dossiers.ayen;
import static org.arobase.core.Dossiers.collectivity;
import static org.arobase.core.Dossiers.first;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossiers;
import org.arobase.core.Edition;
import org.arobase.core.Identifiers;
import org.arobase.core.Initiative;
import org.arobase.core.Operator;
import org.arobase.core.matrix.ServiceMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryAndEligibilityTest {

  private final Edition e2022 = Edition.of(2022);
  private final ServiceMatrix matrix = ServiceMatrix.bundled("2022");

  @ParameterizedTest(name = "{0} {1} inhabitants declared {2} -> {3}")
  @CsvSource({
    "COMMUNE, 700, , VILLAGE",
    "COMMUNE, 3499, , VILLAGE",
    "COMMUNE, 3500, , VILLE",
    "COMMUNE, 45, VILLE, VILLE",
    "COMMUNE, 80000, VILLAGE, VILLAGE",
    "COMMUNE, 1200, TERRITOIRE, VILLAGE",
    "INTERCOMMUNALITE, 1200, , TERRITOIRE",
    "INTERCOMMUNALITE, 250000, VILLE, TERRITOIRE"
  })
  void categoryFollowsKindDeclarationAndPopulation(CollectivityKind kind, int population, Category declared, Category expected) {
    Collectivity c = collectivity(ayen()).withKind(kind).withPopulation(population).withCategory(Optional.ofNullable(declared));
    assertEquals(expected, Category.of(c, 3_500));
  }

  @Test
  void theReferenceDateIsTheCloseOfTheFilingWindow() {
    assertEquals(LocalDate.of(2021, 11, 12), e2022.referenceDate());
    assertEquals(23, e2022.number());
    assertTrue(e2022.windowPublished());
    assertEquals(Period.ofYears(2), e2022.eligibilityPeriod());
    assertEquals(4, e2022.mentions().size());
    assertTrue(Edition.of(2021).mention("TRANSITION_ECOLOGIQUE").isPresent());
    assertTrue(Edition.of(2021).mention("DEMOCRATIE_LOCALE").isPresent());
    assertTrue(Edition.of(2020).mentions().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> Edition.of(2019));
  }

  @ParameterizedTest(name = "{0}..{1} by {2}: {3}")
  @CsvSource({
    "2021-11-12, , COLLECTIVITY, ",
    "2021-11-13, , COLLECTIVITY, STARTED_AFTER_REFERENCE_DATE",
    "2018-01-01, 2019-11-12, COLLECTIVITY, ENDED_TOO_LONG_AGO",
    "2018-01-01, 2019-11-13, FUNDED_ASSOCIATION, ",
    "2018-01-01, 2022-06-30, DELEGATE, ",
    "2020-01-01, , CONTRACTOR, ",
    "2020-01-01, , OTHER, OPERATOR_NOT_COUNTED"
  })
  void eligibilityHasATypedReason(LocalDate start, LocalDate end, Operator operator, IneligibilityReason reason) {
    Initiative initiative = first(ayen()).withStartedOn(start).withEndedOn(Optional.ofNullable(end)).withOperator(operator);
    EligibilityVerdict verdict = Eligibility.judge(initiative, e2022, Category.VILLE, matrix);
    assertEquals(Optional.ofNullable(reason), verdict.reason());
    assertEquals(reason == null, verdict.eligible());
    assertFalse(verdict.message().isBlank());
  }

  @Test
  void anInitiativeWithOnlyServicesTheCategoryCannotRunIsIgnored() {
    Initiative etatCivil = first(ayen()).withServices("SP.03");
    assertEquals(Optional.of(IneligibilityReason.NO_APPLICABLE_SERVICE),
        Eligibility.judge(etatCivil, e2022, Category.TERRITOIRE, matrix).reason());
    assertTrue(Eligibility.judge(etatCivil, e2022, Category.VILLE, matrix).eligible());
  }

  @Test
  void sirenCheckDigits() {
    assertTrue(Identifiers.isSiren("242100410"));
    assertFalse(Identifiers.isSiren("242100411"));
    assertFalse(Identifiers.isSiren("24210041"));
    assertEquals(0, Identifiers.luhnCheckDigit("24210041"));
    assertEquals("2A", Identifiers.departementOf("2A004"));
    assertEquals("971", Identifiers.departementOf("97105"));
    assertTrue(Identifiers.isInseeCode("2B033"));
    assertFalse(Identifiers.isInseeCode("2C033"));
  }
}
