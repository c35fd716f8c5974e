package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.arobase.core.validation.Violation;
import org.arobase.testing.DossierGenerator;
import org.arobase.testing.DossierProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The shipped JSON Schemas agree with the reader: they accept what it writes and reject what it refuses. */
class SchemaTest {

  private static final LabelJson JSON = LabelJson.standard().compact();
  private static final Schema DOSSIER = schema("dossier.schema.json");
  private static final Schema DECISION = schema("decision.schema.json");
  /** The codes of problems a schema can see; syntax, duplicates and limits happen before any schema. */
  private static final Set<String> STRUCTURAL = Set.of(JsonCodes.JSON_UNKNOWN_FIELD, JsonCodes.JSON_WRONG_TYPE,
      JsonCodes.JSON_MISSING_FIELD, JsonCodes.JSON_FORMAT_UNSUPPORTED, JsonCodes.JSON_DATE_FORMAT,
      JsonCodes.JSON_ENUM_UNKNOWN, JsonCodes.JSON_NUMBER_OUT_OF_RANGE, JsonCodes.JSON_OBLIGATION_MALFORMED,
      JsonCodes.JSON_OBLIGATION_DUPLICATE);
  private static final Set<String> BEFORE_SCHEMA = Set.of(JsonCodes.JSON_SYNTAX, JsonCodes.JSON_DUPLICATE_FIELD,
      JsonCodes.JSON_LIMIT_DEPTH);

  static String shipped(String name) {
    try (InputStream in = LabelJson.class.getResourceAsStream("schema/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Schema schema(String name) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(shipped(name));
  }

  private static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  @Test
  void theDocsCopiesAreTheShippedSchemas() throws IOException {
    // Tests run in the module's folder; docs/ is beside it.
    for (String name : List.of("dossier.schema.json", "decision.schema.json")) {
      assertEquals(shipped(name), Files.readString(Path.of("..", "docs", "schemas", name)), name);
    }
  }

  @Test
  void everyGeneratedDossierValidates() {
    for (int year : new int[] {2020, 2021, 2022}) {
      DossierProperty.forAll("schema accepts the dossier, " + year, year == 2022 ? 600 : 200, 11L * year,
          DossierGenerator.forEdition(year), d -> assertEquals(List.of(), errors(DOSSIER, JSON.write(d))));
    }
  }

  @Test
  void everyDeclarationOfObligationsValidates() {
    DossierGenerator generator = DossierGenerator.forEdition(2022).initiatives(1, 3);
    DossierProperty.forAllSeeds("schema accepts the obligations", 300, 29L, seed -> assertEquals(List.of(),
        errors(DOSSIER, JSON.write(RoundTripTest.withRandomObligations(generator.dossier(seed), seed)))));
  }

  @Test
  void everyDossierOfTheValidFolderValidates() throws IOException {
    List<Path> valid = CorpusTest.valid();
    assertTrue(valid.size() >= 4, valid::toString);
    for (Path file : valid) {
      assertEquals(List.of(), errors(DOSSIER, Files.readString(file)), file::toString);
    }
  }

  /**
   * The reader and the schema accept the same obligation codes, and refuse the same, each at the
   * element's pointer; only the JSON level is compared (the catalogue of a millésime is the validator's).
   */
  @Test
  void theSchemaAndTheReaderAgreeOnObligations() throws IOException {
    String valid = Files.readString(CorpusTest.resource("valid/obligations.json"));
    String array = valid.substring(valid.indexOf("\"obligations\""), valid.indexOf(']', valid.indexOf("\"obligations\"")) + 1);
    List<String> arrays = List.of("[]", "[\"OPEN_DATA\"]", "[\"A\"]", "[\"A1_\"]", "[\"Z_9\"]",
        "[\"" + "A".repeat(64) + "\"]", "[\"" + "A".repeat(65) + "\"]", "[\"\"]", "[\" \"]", "[\"open_data\"]",
        "[\"Open_Data\"]", "[\"OPEN DATA\"]", "[\"OPEN-DATA\"]", "[\" OPEN_DATA\"]", "[\"OPEN_DATA\\n\"]",
        "[\"1ABC\"]", "[\"_ABC\"]", "[\"ÉTAT\"]", "[\"OPEN_DATA\", \"OPEN_DATA\"]", "[\"A\", \"B\", \"A\"]",
        "[\"A\", \"B\"]", "[1]", "[true]", "[[\"A\"]]", "[{}]", "\"OPEN_DATA\"", "{}", "true", "7");
    for (String value : arrays) {
      String text = valid.replace(array, "\"obligations\": " + value);
      List<Violation> reader = readerErrors(text);
      List<Error> schema = errors(DOSSIER, text);
      assertEquals(reader.isEmpty(), schema.isEmpty(), () -> value + ": reader " + reader + ", schema " + schema);
      for (Violation v : reader) {
        // The schema names the element, or the array for items that are not unique.
        assertTrue(schema.stream().map(e -> pointer(e)).anyMatch(p -> p.startsWith("/obligations")
            && (v.pointer().equals(p) || v.pointer().startsWith(p + "/"))), () -> value + ": " + v + " vs " + schema);
      }
    }
  }

  /** @return the instance location of a schema's error as a JSON pointer */
  private static String pointer(Error e) {
    String at = e.getInstanceLocation().toString();
    return at.startsWith("$") ? at.substring(1).replace('.', '/').replaceAll("\\[(\\d+)]", "/$1") : at;
  }

  @Test
  void theSchemaChecksTheFormOfACodeNotTheCatalogueOfAMillesime() throws IOException {
    // URBANISME_ONLINE is in the 2023 catalogue, not in 2022's: the reader and the schema accept it, the validator does not.
    String text = Files.readString(CorpusTest.resource("corpus/obligation-not-in-catalogue.json"));
    assertEquals(List.of(), readerErrors(text));
    assertEquals(List.of(), errors(DOSSIER, text));
  }

  private static List<Violation> readerErrors(String text) {
    try {
      JSON.readDossier(text);
      return List.of();
    } catch (LabelJsonException e) {
      return e.violations();
    }
  }

  @Test
  void everyGeneratedDecisionValidates() {
    DossierProperty.forAllSeeds("schema accepts the decision", 1_000, 5L,
        seed -> assertEquals(List.of(), errors(DECISION, JSON.write(Decisions.decision(seed)))));
  }

  @Test
  void theReferenceDossierValidatesAndBrokenOnesDoNot() throws IOException {
    String valid = Files.readString(CorpusTest.resource("valid/ayen.json"));
    assertEquals(List.of(), errors(DOSSIER, valid));
    assertFalse(errors(DOSSIER, valid.replace("\"2019-05-01\"", "\"2019-02-30\"")).isEmpty());
    assertFalse(errors(DECISION, JSON.write(Decisions.decision(1)).replace("\"MET\"", "\"OK\"")
        .replace("\"MISSED\"", "\"OK\"").replace("decision@1", "decision@9")).isEmpty());
  }

  @TestFactory
  Stream<DynamicTest> theSchemaRejectsEveryStructuralProblemOfTheCorpus() throws IOException {
    return CorpusTest.corpus().stream()
        .filter(file -> {
          try {
            Set<String> codes = CorpusTest.expected(file);
            return !Collections.disjoint(codes, STRUCTURAL) && Collections.disjoint(codes, BEFORE_SCHEMA)
                && !Files.readString(file).startsWith("[");
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        })
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
            () -> assertTrue(!errors(DOSSIER, Files.readString(file)).isEmpty(), "schema accepts " + file)));
  }
}
