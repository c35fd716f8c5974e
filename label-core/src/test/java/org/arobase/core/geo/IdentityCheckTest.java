package org.arobase.core.geo;

import static org.arobase.core.Dossiers.ayen;
import static org.arobase.core.Dossiers.collectivity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossiers;
import org.arobase.core.ImmutableCollectivity;
import org.arobase.core.validation.DossierCheck;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Severity;
import org.arobase.core.validation.ValidationReport;
import org.arobase.core.validation.Violation;
import org.arobase.core.validation.ViolationCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityCheckTest {

  private final DossierCheck check = Geography.official().identityCheck();

  private List<String> codes(Collectivity c) {
    return check.check(ayen().withCollectivity(c)).stream().map(Violation::code).toList();
  }

  private Violation only(Collectivity c) {
    Collection<Violation> found = check.check(ayen().withCollectivity(c));
    assertEquals(1, found.size(), found.toString());
    return found.iterator().next();
  }

  private static ImmutableCollectivity aurillac() {
    return ImmutableCollectivity.builder().code("241500230").name("CA du Bassin d'Aurillac")
        .kind(CollectivityKind.INTERCOMMUNALITE).population(54_226).departement("15").region("Auvergne-Rhône-Alpes").build();
  }

  @Test
  void aTrueIdentityPasses() {
    assertEquals(List.of(), codes(collectivity(ayen())));
    assertEquals(List.of(), codes(collectivity(ayen()).withName("AYEN").withRegion("nouvelle aquitaine")));
    assertEquals(List.of(), codes(aurillac()));
    assertEquals(List.of(), codes(aurillac().withName("Communauté d'agglomération du Bassin d'Aurillac")));
    assertEquals(List.of(), codes(aurillac().withName("Bassin d'Aurillac")));
  }

  @Test
  void anUnknownCodeIsReported() {
    Violation v = only(collectivity(ayen()).withCode("19999"));
    assertEquals(Geography.COLLECTIVITY_UNKNOWN, v.code());
    assertEquals("/collectivity/code", v.pointer());
    assertEquals(Severity.ERROR, v.severity());
    Violation epci = only(aurillac().withCode("241500231"));
    assertEquals(Geography.COLLECTIVITY_UNKNOWN, epci.code());
  }

  @Test
  void aFormerCommuneCodeSaysWhereItWent() {
    Violation v = only(collectivity(ayen()).withCode("86146").withName("Marigny-Brizay").withDepartement("86")
        .withRegion("Nouvelle-Aquitaine"));
    assertEquals(Geography.COLLECTIVITY_UNKNOWN, v.code());
    assertTrue(plain(v.message()).endsWith("c'était « Marigny-Brizay », aujourd'hui rattachée à « Jaunay-Marigny » (86115)"),
        v.message());
  }

  @Test
  void aCommuneSirenGivenAsAnIntercommunaliteIsReported() {
    Violation v = only(aurillac().withCode("211901509"));
    assertEquals(Geography.COLLECTIVITY_KIND_MISMATCH, v.code());
    assertEquals("/collectivity/kind", v.pointer());
    assertTrue(plain(v.message()).contains("le SIREN 211901509 est celui de la commune « Ayen » (INSEE 19015)"), v.message());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Brive-la-Gaillarde | NAME_MISMATCH | /collectivity/name",
    "Ayen-sur-Mer | NAME_MISMATCH | /collectivity/name",
    "Ayn | NAME_MISMATCH | /collectivity/name",
  })
  void aNameThatIsNotTheCodesIsReported(String name, String code, String pointer) {
    Violation v = only(collectivity(ayen()).withName(name));
    assertEquals(code, v.code());
    assertEquals(pointer, v.pointer());
    assertTrue(plain(v.message()).contains("son nom officiel est « Ayen »"), v.message());
  }

  @Test
  void theMessagesAreInEnglishOnRequest() {
    Collection<Violation> found = Geography.official().identityCheck(java.util.Locale.ENGLISH)
        .check(ayen().withCollectivity(collectivity(ayen()).withName("Ayn").withPopulation(7_000)));
    assertEquals(List.of("NAME_MISMATCH", "POPULATION_MISMATCH"), found.stream().map(Violation::code).toList());
    List<String> messages = found.stream().map(Violation::message).toList();
    assertTrue(messages.get(0).endsWith("its official name is « Ayen »"), messages.get(0));
    assertTrue(messages.get(1).startsWith("population 7,000 is far from the official"), messages.get(1));
    Violation french = only(collectivity(ayen()).withPopulation(7_000));
    assertTrue(french.message().startsWith("Ayen\u00a0: la population 7\u00a0000 s'écarte trop de la population officielle, "),
        french.message());
    assertTrue(french.message().contains("\u00a0; la tolérance est de ±"), french.message());
  }

  /** @return the text with its non-breaking spaces written as spaces */
  private static String plain(String text) {
    return text.replace('\u00a0', ' ');
  }

  @Test
  void aFormerNameOfTheCommuneIsAccepted() {
    ImmutableCollectivity jaunay = ImmutableCollectivity.builder().code("86115").name("Jaunay-Clan")
        .kind(CollectivityKind.COMMUNE).population(7_528).build();
    assertEquals(List.of(), codes(jaunay));
  }

  @Test
  void aRegionThatIsNotTheCollectivitysIsReported() {
    Violation v = only(collectivity(ayen()).withRegion("Occitanie"));
    assertEquals(Geography.REGION_MISMATCH, v.code());
    assertEquals("/collectivity/region", v.pointer());
    assertEquals(Geography.REGION_MISMATCH, only(collectivity(ayen()).withRegion("Atlantide")).code());
  }

  @Test
  void anIntercommunalitesDepartementIsOneOfItsMembers() {
    Violation v = only(aurillac().withDepartement("19"));
    assertEquals(ViolationCodes.DEPARTEMENT_MISMATCH, v.code());
    assertEquals("/collectivity/departement", v.pointer());
  }

  @ParameterizedTest(name = "population {0} of Ayen (717): {1}")
  @CsvSource({"717, true", "538, true", "896, true", "537, false", "897, false", "0, false", "7170, false"})
  void thePopulationMayDifferByAQuarter(int population, boolean accepted) {
    List<String> found = codes(collectivity(ayen()).withPopulation(population));
    assertEquals(accepted ? List.of() : List.of(Geography.POPULATION_MISMATCH), found);
  }

  @Test
  void theToleranceIsAQuarterOfTheOfficialPopulationAndAtLeastAHundred() {
    assertEquals(100, IdentityCheck.tolerance(0));
    assertEquals(100, IdentityCheck.tolerance(400));
    assertEquals(13_556, IdentityCheck.tolerance(54_226));
  }

  @Test
  void malformedCodesAreLeftToTheValidator() {
    assertEquals(List.of(), codes(collectivity(ayen()).withCode("ABC")));
    assertEquals(List.of(), codes(collectivity(ayen()).withCode("211901509")));
    assertEquals(List.of(), codes(aurillac().withCode("19015")));
  }

  @Test
  void theCheckPlugsIntoTheValidator() {
    DossierValidator validator = DossierValidator.builder().addCheck(Geography.official().identityCheck()).build();
    assertTrue(validator.validate(ayen()).isValid());
    ValidationReport report = validator.validate(ayen().withCollectivity(collectivity(ayen()).withName("Tulle").withPopulation(15_000)));
    assertEquals(List.of(Geography.NAME_MISMATCH, Geography.POPULATION_MISMATCH),
        report.violations().stream().map(Violation::code).toList());
  }
}
