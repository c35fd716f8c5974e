package org.arobase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.arobase.core.Category;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.ImmutableDossier;
import org.arobase.core.eligibility.Eligibility;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierGeneratorTest {

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022})
  void generatesValidDossiers(int year) {
    DossierGenerator generator = DossierGenerator.forEdition(year);
    DossierProperty.forAll("generated dossiers are valid", 1_000, 1L, generator, dossier -> {
      ValidationReport report = DossierValidator.standard().validate(dossier);
      assertTrue(report.isValid(), report::toString);
      assertEquals(year, dossier.edition());
    });
  }

  @Test
  void theSameSeedGivesTheSameDossier() {
    DossierGenerator generator = DossierGenerator.forEdition(2022);
    assertEquals(generator.dossier(7), DossierGenerator.forEdition(2022).dossier(7));
    assertNotEquals(generator.dossier(7), generator.dossier(8));
  }

  @Test
  void coversEveryCategoryAndSizes() {
    DossierGenerator generator = DossierGenerator.forEdition(2022).initiatives(5, 10);
    Map<Category, Integer> categories = new EnumMap<>(Category.class);
    for (long seed = 0; seed < 500; seed++) {
      Dossier d = generator.dossier(seed);
      assertTrue(d.initiatives().size() >= 5 && d.initiatives().size() <= 10);
      categories.merge(Category.of(d.collectivity(), 3_500), 1, Integer::sum);
    }
    assertEquals(3, categories.size(), categories.toString());
    assertThrows(IllegalArgumentException.class, () -> generator.initiatives(0, 3));
  }

  @Test
  void addsEligibleAndIneligibleInitiativesWithFreshIds() {
    DossierGenerator generator = DossierGenerator.forEdition(2022);
    Edition edition = generator.edition();
    DossierProperty.forAllSeeds("extra initiatives", 300, 100L, seed -> {
      Dossier dossier = generator.dossier(seed);
      Category category = Category.of(dossier.collectivity(), edition.villagePopulationThreshold());
      var eligible = generator.eligibleInitiative(dossier, seed);
      ImmutableDossier withEligible = ImmutableDossier.copyOf(dossier).withInitiatives(
          java.util.stream.Stream.concat(dossier.initiatives().stream(), java.util.stream.Stream.of(eligible)).toList());
      var ineligible = generator.ineligibleInitiative(withEligible, seed);
      assertTrue(Eligibility.judge(eligible, edition, category, generator.matrix()).eligible());
      assertTrue(!Eligibility.judge(ineligible, edition, category, generator.matrix()).eligible());
      Dossier bigger = withEligible.withInitiatives(java.util.stream.Stream.concat(
          withEligible.initiatives().stream(), java.util.stream.Stream.of(ineligible)).toList());
      assertTrue(DossierValidator.standard().validate(bigger).isValid());
    });
  }

  @Test
  void aFailingPropertyNamesItsSeedAndShrinks() {
    DossierGenerator generator = DossierGenerator.forEdition(2022).initiatives(20, 40);
    AssertionError error = assertThrows(AssertionError.class, () -> DossierProperty.forAll(
        "fewer than three initiatives", 10, 500L, generator,
        d -> assertTrue(d.initiatives().size() < 3, "has " + d.initiatives().size())));
    assertTrue(error.getMessage().contains("'fewer than three initiatives' fails for seed 500"), error.getMessage());
    assertTrue(error.getMessage().contains("to 3 initiative(s)"), error.getMessage());
    assertTrue(error.getMessage().contains("shrunk dossier:"), error.getMessage());
  }
}
