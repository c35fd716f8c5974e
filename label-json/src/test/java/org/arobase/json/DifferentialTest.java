package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The differential test of the reader and the schema: each hostile file of {@code differential/}
 * has, in {@code differential/index.tsv}, its expected verdict ({@code valid}, or the error codes of
 * the reader and the standard validator) and what the independent JSON Schema validator must say of
 * it ({@code agrees}: it refuses the file unless it is valid; {@code strict-parse}: the same, the
 * refusal coming from an I-JSON parse, which refuses duplicate names; {@code blind}: the schema
 * accepts a file the reader refuses, for a rule JSON Schema cannot express). Both verdicts must be
 * the expected ones.
 */
class DifferentialTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final DossierValidator VALIDATOR = DossierValidator.standard();
  private static final Schema DOSSIER = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(SchemaTest.shipped("dossier.schema.json"));
  /** An I-JSON parser (RFC 7493): names unique, nothing after the value. */
  private static final JsonMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  record Case(String file, String expected, String schema, String note) {
    boolean valid() {
      return expected.equals("valid");
    }

    Set<String> codes() {
      return valid() ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(" ")));
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(CorpusTest.resource("differential/index.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      assertTrue(f.length >= 3, line);
      assertTrue(Set.of("agrees", "strict-parse", "blind").contains(f[2]), line);
      assertTrue(!f[2].equals("blind") || !f[1].equals("valid"), () -> "a valid file the schema is blind to: " + line);
      cases.add(new Case(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
    }
    return cases;
  }

  @Test
  void theCorpusIsLargeAndIndexed() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 40, () -> "differential corpus of " + cases.size());
    Set<String> indexed = new TreeSet<>(cases.stream().map(Case::file).toList());
    assertEquals(cases.size(), indexed.size(), "a file is indexed twice");
    try (Stream<Path> files = Files.list(CorpusTest.resource("differential"))) {
      assertEquals(indexed, new TreeSet<>(files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json")).toList()));
    }
    assertTrue(cases.stream().filter(Case::valid).count() >= 10, "valid files too");
  }

  @TestFactory
  Stream<DynamicTest> theReaderAndTheSchemaGiveTheExpectedVerdicts() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + " " + c.expected(), () -> {
      byte[] bytes = Files.readAllBytes(CorpusTest.resource("differential/" + c.file()));
      Set<String> reader = readerCodes(bytes);
      assertEquals(c.codes(), reader, () -> "reader on " + c.file() + " (" + c.note() + ")");
      boolean schemaValid = c.schema().equals("blind") || c.valid();
      List<String> schema = schemaErrors(bytes);
      assertEquals(schemaValid, schema.isEmpty(), () -> "schema on " + c.file() + ": " + schema);
    }));
  }

  /** @return the distinct error codes of the reader and the validator */
  static Set<String> readerCodes(byte[] bytes) {
    Set<String> codes = new TreeSet<>();
    for (DossierResult r : JSON.readDossiers("differential", new ByteArrayInputStream(bytes), VALIDATOR)) {
      for (Violation v : r.violations()) {
        if (v.severity() == Severity.ERROR) {
          codes.add(v.code());
        }
      }
    }
    return codes;
  }

  /**
   * The independent side: the bytes decoded strictly (UTF-8, or UTF-16 with its byte order mark), parsed
   * as I-JSON by Jackson 3, then checked by networknt's validator of the shipped schema, formats asserted.
   *
   * @return its errors; empty when it accepts the file
   */
  static List<String> schemaErrors(byte[] bytes) {
    String text;
    try {
      text = decode(bytes);
    } catch (CharacterCodingException e) {
      return List.of("not Unicode text: " + e);
    }
    JsonNode node;
    try {
      node = STRICT.readTree(text);
    } catch (JacksonException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode()) {
      return List.of("empty");
    }
    List<Error> errors = DOSSIER.validate(node, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    return errors.stream().map(Error::toString).toList();
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      charset = StandardCharsets.UTF_16;
    } else if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      skip = 3;
    }
    return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
  }
}
