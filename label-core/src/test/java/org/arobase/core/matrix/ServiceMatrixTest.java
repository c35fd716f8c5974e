package org.arobase.core.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.arobase.core.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceMatrixTest {

  @ParameterizedTest
  @CsvSource({"2020, 138", "2021, 139", "2022, 139"})
  void bundledVersionsHaveTheirCounts(String version, int services) {
    ServiceMatrix matrix = ServiceMatrix.bundled(version);
    assertEquals(version, matrix.version());
    assertEquals(4, matrix.axes().size());
    assertEquals(16, matrix.enjeux().size());
    assertEquals(services, matrix.services().size());
    assertEquals(List.of("DSP", "VE", "PC", "CR"), matrix.axes().stream().map(Axis::code).toList());
    for (Axis axis : matrix.axes()) {
      assertEquals(4, matrix.enjeux(axis).size(), axis.code());
    }
    int sum = matrix.enjeux().stream().mapToInt(e -> matrix.services(e).size()).sum();
    assertEquals(services, sum);
    assertTrue(matrix.services().stream().allMatch(Service::reconstructed), "service names are reconstructions");
  }

  @Test
  void fifteenEnjeuNamesArePublishedAndTheSixteenthIsReconstructed() {
    List<Enjeu> reconstructed = ServiceMatrix.bundled("2022").enjeux().stream().filter(Enjeu::reconstructed).toList();
    assertEquals(List.of("TE"), reconstructed.stream().map(Enjeu::code).toList());
  }

  @Test
  void bundledMatricesAreLoadedOnceAndFollowTheEditions() {
    assertSame(ServiceMatrix.bundled("2022"), ServiceMatrix.forEdition(2022));
    assertEquals("2020", ServiceMatrix.forEdition(2020).version());
    assertThrows(IllegalArgumentException.class, () -> ServiceMatrix.bundled("1999"));
  }

  @Test
  void theShippedDifferenceFrom2020To2021IsTheComputedOne() {
    MatrixChanges shipped = MatrixChanges.bundled("2020", "2021");
    MatrixChanges computed = MatrixChanges.between(ServiceMatrix.bundled("2020"), ServiceMatrix.bundled("2021"));
    assertEquals(computed, shipped);
    assertEquals(1, shipped.changes().size());
    assertEquals(MatrixChange.Kind.ADDED, shipped.changes().get(0).kind());
    assertTrue(MatrixChanges.between(ServiceMatrix.bundled("2021"), ServiceMatrix.bundled("2022")).changes().isEmpty());
  }

  @Test
  void notApplicableServicesAreLeftOutOfTheCategory() {
    ServiceMatrix matrix = ServiceMatrix.bundled("2022");
    Service etatCivil = matrix.service("SP.03");
    assertFalse(etatCivil.appliesTo(Category.TERRITOIRE));
    assertTrue(etatCivil.appliesTo(Category.VILLAGE));
    Enjeu sp = matrix.enjeu("SP");
    assertEquals(matrix.services(sp).size() - 1, matrix.applicableServices(sp, Category.TERRITOIRE).size());
    for (Enjeu enjeu : matrix.enjeux()) {
      for (Category category : Category.values()) {
        assertFalse(matrix.applicableServices(enjeu, category).isEmpty(), enjeu.code() + " " + category);
      }
    }
  }

  @Test
  void codesAreUniqueAndStable() {
    ServiceMatrix matrix = ServiceMatrix.bundled("2021");
    var codes = new HashSet<String>();
    matrix.axes().forEach(a -> assertTrue(codes.add(a.code())));
    matrix.enjeux().forEach(e -> assertTrue(codes.add(e.code())));
    matrix.services().forEach(s -> {
      assertTrue(codes.add(s.code()));
      assertTrue(s.code().matches("[A-Z]{2}\\.\\d{2}"), s.code());
      assertTrue(s.code().startsWith(s.enjeu() + "."));
    });
  }

  @Test
  void loadsTheSameFormatFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("official.tsv");
    Files.writeString(file, VALID, StandardCharsets.UTF_8);
    ServiceMatrix matrix = ServiceMatrix.load(file);
    assertEquals("official", matrix.version());
    assertEquals(3, matrix.services().size());
    assertEquals("Démarches en ligne", matrix.service("SP.01").label());
    assertFalse(matrix.service("SP.02").appliesTo(Category.TERRITOIRE));
  }

  @ParameterizedTest
  @CsvSource({"2020", "2021", "2022"})
  void writingAndLoadingAgainGivesTheSameMatrix(String version) {
    ServiceMatrix matrix = ServiceMatrix.bundled(version);
    assertEquals(matrix, ServiceMatrix.load("written.tsv", new StringReader(matrix.toTsv())));
  }

  @Test
  void aMissingFileIsAnIoError(@TempDir Path dir) {
    var e = assertThrows(java.io.UncheckedIOException.class, () -> ServiceMatrix.load(dir.resolve("none.tsv")));
    assertTrue(e.getMessage().contains("none.tsv"));
  }

  private static final String VALID = String.join("\n",
      "# a small matrix",
      "@version\tofficial",
      "@axes\t1",
      "@enjeux\t2",
      "@services\t3",
      "kind\tcode\tparent\tlabel\tsource\tnotApplicableTo\tnote",
      "axis\tDSP\t-\tDémocratie et services publics\tpublished\t-\t-",
      "enjeu\tSP\tDSP\tServices publics\tpublished\t-\t-",
      "service\tSP.01\tSP\tDémarches en ligne\tpublished\t-\t-",
      "service\tSP.02\tSP\tÉtat civil en ligne\tpublished\tTERRITOIRE\t-",
      "enjeu\tDL\tDSP\tDémocratie locale\tpublished\t-\t-",
      "service\tDL.01\tDL\tBudget participatif\tpublished\t-\t-",
      "");

  static Stream<Arguments> brokenMatrices() {
    return Stream.of(
        Arguments.of("duplicate code", VALID.replace("DL.01\tDL\tBudget", "SP.01\tDL\tBudget"), 12, "duplicate code SP.01"),
        Arguments.of("orphan service", VALID.replace("DL.01\tDL\t", "DL.01\tXX\t"), 12, "unknown enjeu 'XX'"),
        Arguments.of("unknown axis", VALID.replace("enjeu\tDL\tDSP", "enjeu\tDL\tVE"), 11, "unknown axis 'VE'"),
        Arguments.of("service before its enjeu", VALID.replace("service\tSP.01\tSP", "service\tSP.01\tDL"), 9, "unknown enjeu 'DL'"),
        Arguments.of("prefix", VALID.replace("DL.01\tDL", "SP.09\tDL"), 12, "must start with its enjeu code DL"),
        Arguments.of("count", VALID.replace("@services\t3", "@services\t139"), 0, "declares 139 but the file has 3"),
        Arguments.of("columns", VALID.replace("\tBudget participatif\tpublished\t-\t-", "\tBudget participatif\tpublished\t-"), 12, "expected 7"),
        Arguments.of("source", VALID.replace("Budget participatif\tpublished", "Budget participatif\tofficial"), 12, "source must be"),
        Arguments.of("category", VALID.replace("\tTERRITOIRE\t", "\tVILLES\t"), 10, "unknown category 'VILLES'"),
        Arguments.of("header", VALID.replace("notApplicableTo", "notApplicable"), 6, "expected the header"),
        Arguments.of("missing version", VALID.replace("@version\tofficial\n", ""), 0, "missing directive @version"),
        Arguments.of("empty cell", VALID.replace("Budget participatif\tpublished\t-\t-", "Budget participatif\tpublished\t\t-"), 12, "is empty"),
        Arguments.of("bad code", VALID.replace("DL.01\tDL", "DL.1\tDL"), 12, "malformed service code"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenMatrices")
  void brokenMatricesFailWithTheLine(String name, String text, int line, String reason) {
    MatrixFormatException e = assertThrows(MatrixFormatException.class,
        () -> ServiceMatrix.load("broken.tsv", new StringReader(text)));
    assertEquals("broken.tsv", e.source());
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.reason().contains(reason), e.getMessage());
    assertTrue(e.getMessage().startsWith("broken.tsv" + (line > 0 ? ":" + line : "") + ": "), e.getMessage());
  }
}
