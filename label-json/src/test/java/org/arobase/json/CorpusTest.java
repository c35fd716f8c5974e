package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Severity;
import org.arobase.core.validation.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of bad inputs: every {@code corpus/NAME.json} is invalid, and the distinct error
 * codes of its results are exactly those listed, one per line, in {@code NAME.expected}.
 */
class CorpusTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final DossierValidator VALIDATOR = DossierValidator.standard();

  static Path resource(String name) {
    try {
      return Path.of(CorpusTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> corpus() throws IOException {
    try (Stream<Path> files = Files.list(resource("corpus"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** @return the valid dossiers, one per file, that read and validate with no violation at all */
  static List<Path> valid() throws IOException {
    try (Stream<Path> files = Files.list(resource("valid"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  static Set<String> expected(Path file) throws IOException {
    Path sidecar = file.resolveSibling(file.getFileName().toString().replace(".json", ".expected"));
    Set<String> codes = new TreeSet<>();
    for (String line : Files.readAllLines(sidecar)) {
      if (!line.isBlank()) {
        codes.add(line.strip());
      }
    }
    return codes;
  }

  @Test
  void theCorpusIsLargeAndTheReferenceDossierIsValid() throws IOException {
    int size = corpus().size();
    assertTrue(size >= 30, () -> "corpus of " + size);
    List<DossierResult> reference = JSON.readDossiers(resource("valid/ayen.json"), VALIDATOR);
    assertEquals(1, reference.size());
    assertTrue(reference.get(0).isValid(), reference::toString);
    assertEquals(List.of(), reference.get(0).violations());
  }

  @TestFactory
  Stream<DynamicTest> everyValidFileIsValid() throws IOException {
    return valid().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      List<DossierResult> results = JSON.readDossiers(file, VALIDATOR);
      assertEquals(1, results.size(), results::toString);
      assertEquals(List.of(), results.get(0).violations(), results::toString);
    }));
  }

  /** The valid files that declare obligations declare, in order, the union the format defines (docs/FORMAT.md). */
  @Test
  void theValidFilesDeclareTheirObligationsInOrder() throws IOException {
    assertEquals(List.of("ACCESSIBILITY_STATEMENT", "ELECTRONIC_PROCUREMENT", "ACTS_ONLINE"), obligations("valid/obligations.json"));
    assertEquals(List.of("ACTS_ONLINE", "ACCESSIBILITY_STATEMENT", "ELECTRONIC_PROCUREMENT"),
        obligations("valid/obligations-and-compliance.json"));
    assertEquals(List.of("ACTS_ONLINE", "ACCESSIBILITY_STATEMENT"), obligations("valid/compliance-only.json"));
    assertEquals(List.of("URBANISME_ONLINE", "ACCESSIBILITY_STATEMENT", "ELECTRONIC_PROCUREMENT", "ACTS_ONLINE"),
        obligations("valid/obligations-2023.json"));
    assertEquals(List.of("ACTS_ONLINE", "ACCESSIBILITY_STATEMENT", "ELECTRONIC_PROCUREMENT"), obligations("valid/ayen.json"));
  }

  private static List<String> obligations(String name) throws IOException {
    return List.copyOf(JSON.readDossier(Files.readString(resource(name))).compliance().obligations());
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusFileIsInvalidWithItsExpectedCodes() throws IOException {
    return corpus().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      List<DossierResult> results = JSON.readDossiers(file, VALIDATOR);
      assertFalse(results.isEmpty());
      assertTrue(results.stream().anyMatch(r -> !r.isValid()), results::toString);
      Set<String> found = new TreeSet<>();
      for (DossierResult r : results) {
        for (Violation v : r.violations()) {
          if (v.severity() == Severity.ERROR) {
            found.add(v.code());
          }
          assertTrue(v.pointer().isEmpty() || v.pointer().startsWith("/"), v::toString);
        }
      }
      assertEquals(expected(file), found, results::toString);
    }));
  }
}
