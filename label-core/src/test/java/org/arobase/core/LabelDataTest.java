package org.arobase.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelDataTest {

  @TempDir
  Path dir;

  private static final LabelData BUNDLED = LabelData.bundled();

  @Test
  void everyMillesimeFrom2020To2027IsBundled() {
    assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027), BUNDLED.editions().stream().map(Edition::year).toList());
    for (Edition e : BUNDLED.editions()) {
      assertEquals(e.year() - 1999, e.number(), "edition number of " + e.year());
      assertTrue(e.filingCloses().getYear() == e.year() - 1, "dossiers are filed the year before " + e.year());
      assertEquals(e.year() + ".1", e.parametersVersion());
    }
    assertEquals(2027, Edition.newest().year());
  }

  @Test
  void thePublishedFactsOfEachMillesime() {
    Edition e2022 = Edition.of(2022);
    assertEquals(LocalDate.of(2021, 3, 4), e2022.filingOpens());
    assertEquals(LocalDate.of(2021, 11, 12), e2022.filingCloses());
    assertEquals(LocalDate.of(2021, 12, 14), e2022.juryOn().get());
    assertEquals(LocalDate.of(2022, 2, 3), e2022.ceremonyOn().get());
    assertTrue(e2022.windowPublished());
    assertEquals(LocalDate.of(2020, 2, 4), Edition.of(2020).ceremonyOn().get());
    assertEquals(LocalDate.of(2023, 2, 2), Edition.of(2023).ceremonyOn().get());
    assertEquals(LocalDate.of(2024, 2, 8), Edition.of(2024).ceremonyOn().get());
    assertEquals(LocalDate.of(2025, 2, 7), Edition.of(2025).ceremonyOn().get());
    assertEquals(LocalDate.of(2026, 1, 29), Edition.of(2026).ceremonyOn().get());
    Edition e2027 = Edition.of(2027);
    assertEquals(28, e2027.number());
    assertTrue(e2027.published().isEmpty(), "nothing of 2027 is published yet");
    assertTrue(e2027.ceremonyOn().isEmpty());
    assertFalse(e2027.windowPublished());
    assertEquals("2020", Edition.of(2020).matrixVersion());
    assertEquals("2022", e2027.matrixVersion());
  }

  @Test
  void theCatalogueOfMentions() {
    assertTrue(Edition.of(2020).mentions().isEmpty());
    assertEquals(List.of("TRANSITION_ECOLOGIQUE", "DEMOCRATIE_LOCALE"), codes(Edition.of(2021).mentions()));
    List<String> observatoire = List.of("NUMERIQUE_EDUCATIF", "DEMOCRATIE_LOCALE", "MEDIATION_NUMERIQUE", "TRANSITION_ECOLOGIQUE");
    for (int year = 2022; year <= 2027; year++) {
      assertEquals(observatoire, codes(Edition.of(year).mentions()), "mentions of " + year);
    }
  }

  @Test
  void theCatalogueOfObligations() {
    List<String> first = List.of("OPEN_DATA", "ACTS_ONLINE", "ACCESSIBILITY_STATEMENT", "ELECTRONIC_PROCUREMENT");
    assertEquals(first, Edition.of(2022).obligations().stream().map(Obligation::code).toList());
    Edition e2025 = Edition.of(2025);
    Obligation strategy = e2025.obligation("REEN_STRATEGY").get();
    assertEquals(LocalDate.of(2025, 1, 1), strategy.from());
    assertEquals(50_000, strategy.communePopulationAbove());
    assertTrue(strategy.law().contains("2021-1485"));
    Obligation urbanisme = e2025.obligation("URBANISME_ONLINE").get();
    assertEquals(java.util.Set.of(CollectivityKind.COMMUNE), urbanisme.kinds());
    assertEquals(LocalDate.of(2022, 7, 1), e2025.obligation("ACTS_ONLINE").get().from());
    assertEquals(3_500, e2025.obligation("ACTS_ONLINE").get().communePopulationAbove());
    for (Obligation o : BUNDLED.obligations()) {
      assertFalse(o.source().isBlank(), o.code());
      assertTrue(o.cap() >= 1 && o.cap() <= 5);
    }
  }

  @Test
  void parametersHoldFromTheirMillesimeUntilTheNextValue() {
    assertEquals("6", BUNDLED.parameters(2027).get("distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE.minFiveAtLabels").value());
    assertEquals("4", BUNDLED.parameters(2021).get("distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE.minFiveAtLabels").value());
    assertEquals(2022, BUNDLED.parameters(2026).get("distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE.minFiveAtLabels").from());
    assertEquals("-", BUNDLED.parameters(2020).get("distinctions").value());
    assertTrue(BUNDLED.parameters(2020).values().stream().noneMatch(p -> p.source().isBlank()));
    assertTrue(BUNDLED.parameters(2027).get("level.4.VILLE.minScore").where().matches(".*parameters.tsv:\\d+"));
  }

  @Test
  void thePublishedResults() {
    assertEquals(257, BUNDLED.published(2023).get("participants").value());
    assertEquals(76, BUNDLED.published(2023).get("arobases.5").value());
    assertEquals(254, BUNDLED.published(2022).get("participants").value());
    assertEquals(213, BUNDLED.published(2026).get("participants").value());
    assertTrue(BUNDLED.published(2027).isEmpty(), "no result of 2027 yet");
  }

  @Test
  void anExportReadsBackToTheSameData() throws IOException {
    List<Path> written = BUNDLED.export(dir);
    assertTrue(written.size() >= 9, written.toString());
    assertTrue(Files.isRegularFile(dir.resolve("matrix/changes-2020-2021.tsv")));
    LabelData again = LabelData.load(dir);
    assertEquals(BUNDLED.editions(), again.editions());
    assertEquals(BUNDLED.parameters(2024).keySet(), again.parameters(2024).keySet());
    assertEquals(BUNDLED.matrix("2022").services(), again.matrix("2022").services());
  }

  @Test
  void addingAMillesimeTouchesOneFile() throws IOException {
    BUNDLED.export(dir);
    Path millesimes = dir.resolve("millesimes.tsv");
    List<String> before = Files.readAllLines(millesimes, StandardCharsets.UTF_8);
    String row2027 = before.stream().filter(l -> l.startsWith("2027\t")).findFirst().get();
    String row2028 = row2027.replaceFirst("^2027\t28\t2026-03-01\t2026-11-15", "2028\t29\t2027-03-01\t2027-11-15")
        .replace("\t2027.1\t", "\t2028.1\t");
    Files.writeString(millesimes, row2028 + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    LabelData data = LabelData.load(dir);
    Edition e2028 = data.edition(2028);
    assertEquals(29, e2028.number());
    assertEquals(LocalDate.of(2027, 11, 15), e2028.referenceDate());
    assertEquals("2028.1", e2028.parametersVersion());
    assertEquals(codes(Edition.of(2027).mentions()), codes(e2028.mentions()));
    assertEquals(data.parameters(2027).keySet(), data.parameters(2028).keySet(), "the parameters carry forward");
    assertEquals(2028, data.newest().year());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
    "millesimes.tsv | 2024\t25\t2023-03-01 => 2024\t25\t2023-13-01 | column filingOpens is '2023-13-01', not a date",
    "millesimes.tsv | 2026\t27 => 2023\t27 | listed oldest first",
    "millesimes.tsv | NUMERIQUE_EDUCATIF,DEMOCRATIE_LOCALE,MEDIATION_NUMERIQUE,TRANSITION_ECOLOGIQUE\tOPEN => NUMERIQUE_EDUCATIF,CYBERSECURITE\tOPEN | names the mention CYBERSECURITE",
    "millesimes.tsv | 2022\t2023.1 => 2019\t2023.1 | no matrix/2019.tsv",
    "millesimes.tsv | number,ceremonyOn,mentions,matrix\t24e => number,president\t24e | column published names president",
    "obligations.tsv | 2025-01-01\tCOMMUNE,INTERCOMMUNALITE => 2025-01-01\tCOMMUNE,EPCI | column kinds names EPCI",
    "obligations.tsv | 0\t4\t[L9] => 0\t7\t[L9] | column cap is 7, not within 1..5",
    "parameters.tsv | level.4.VILLE.minScore\t2020 => level.4.VILLE.minScore\t1999 | column from is 1999, not within 2000..2999",
    "parameters.tsv | eligibility.periodYears\t2020\t2 => eligibility.periodYears\t2020\tdeux | eligibility.periodYears is 'deux', not a whole number",
    "results.tsv | 2023\tarobases.5\t76 => 2023\tarobases.5\tseventy-six | column value is 'seventy-six', not a whole number",
    "mentions.tsv | DEMOCRATIE_LOCALE\tDémocratie locale => democratie\tDémocratie locale | column code is 'democratie', not a code",
  })
  void aBrokenFileNamesItsFileLineAndProblem(String file, String change, String message) throws IOException {
    BUNDLED.export(dir);
    String[] parts = change.replace("\\t", "\t").split(" => ");
    Path path = dir.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertTrue(text.contains(parts[0]), "the test's change applies to " + file + ": " + parts[0]);
    Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(parts[0]),
        java.util.regex.Matcher.quoteReplacement(parts[1])), StandardCharsets.UTF_8);
    DataFileException e = assertThrows(DataFileException.class, () -> LabelData.load(dir));
    assertTrue(e.getMessage().startsWith(path.toString() + ":"), e.getMessage());
    assertTrue(e.line() > 0, e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void aMissingDirectoryIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> LabelData.load(dir.resolve("none")));
  }

  private static List<String> codes(List<Mention> mentions) {
    return mentions.stream().map(Mention::code).toList();
  }

}
