package org.arobase.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.arobase.core.decision.Decision;
import org.arobase.core.geo.Geography;
import org.arobase.core.validation.DossierValidator;
import org.arobase.json.DossierResult;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every sample dossier is valid (identity included), rated, and its JSON and decision follow the schemas. */
class SamplesTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final DossierValidator VALIDATOR = DossierValidator.builder()
      .addCheck(Geography.official().identityCheck()).build();

  private static Schema schema(String name) {
    try (InputStream in = LabelJson.class.getResourceAsStream("schema/" + name)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<?> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  @TestFactory
  Stream<DynamicTest> everySampleIsValidRatedAndFollowsTheSchemas() throws IOException {
    Schema dossierSchema = schema("dossier.schema.json");
    Schema decisionSchema = schema("decision.schema.json");
    List<Path> samples;
    // The samples of each millésime's folder too (dossiers/2027/…), but not the invalid ones.
    try (Stream<Path> files = Files.walk(Path.of("dossiers"))) {
      samples = files.filter(p -> p.toString().endsWith(".json") && !p.startsWith(Path.of("dossiers", "invalid")))
          .sorted().toList();
    }
    assertTrue(samples.size() >= 12);
    return samples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      assertEquals(List.of(), errors(dossierSchema, Files.readString(file)));
      List<DossierResult> read = JSON.readDossiers(file, VALIDATOR);
      assertEquals(1, read.size());
      assertTrue(read.get(0).isValid(), read.get(0).violations().toString());
      var dossier = read.get(0).dossier().orElseThrow();
      Decision decision = LabelEngine.builder().edition(dossier.edition()).build().evaluate(dossier);
      assertEquals(List.of(), errors(decisionSchema, JSON.write(decision)));
      assertEquals(decision, JSON.readDecision(JSON.write(decision)), "lossless round trip");
    }));
  }
}
