package org.arobase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import org.arobase.core.matrix.ServiceMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatrixCommandTest {

  @ParameterizedTest
  @CsvSource({"2020, 138", "2021, 139", "2022, 139"})
  void printsTheMatrixAsJson(String edition, int services) throws Exception {
    CliRun run = CliRun.of("matrix", "--edition", edition, "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertEquals(edition, root.get("version").asText());
    assertEquals(4, root.get("axes").size());
    int enjeux = 0;
    int count = 0;
    for (JsonNode axis : root.get("axes")) {
      for (JsonNode enjeu : axis.get("enjeux")) {
        enjeux++;
        for (JsonNode service : enjeu.get("services")) {
          count++;
          assertTrue(service.get("code").asText().startsWith(enjeu.get("code").asText() + "."));
          assertTrue(service.get("reconstructed").isBoolean());
          assertFalse(service.get("label").asText().isBlank());
        }
      }
    }
    assertEquals(16, enjeux);
    assertEquals(services, count);
  }

  @Test
  void textIsTheDefaultAndNamesTheNewestMillesime() {
    CliRun run = CliRun.of("matrix");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Matrice des services 2022"), run.out());
    assertTrue(run.out().contains("SP.01"));
    assertTrue(run.out().contains("Démocratie et services publics"));
  }

  @Test
  void tsvLoadsBackAsTheSameMatrix() {
    CliRun run = CliRun.of("matrix", "--edition", "2020", "--format", "tsv");
    assertEquals(0, run.exit(), run.err());
    assertEquals(ServiceMatrix.bundled("2020"), ServiceMatrix.load("stdout", new StringReader(run.out())));
  }

  @Test
  void anUnknownMillesimeIsAUsageError() {
    CliRun run = CliRun.of("matrix", "--edition", "1999");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("unknown millésime 1999"), run.err());
    assertEquals("", run.out());
    assertFalse(run.err().contains("\tat "), "no stack trace");
  }

  @Test
  void aWrongOptionIsAUsageError() {
    CliRun run = CliRun.of("matrix", "--format", "xml");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("xml"), run.err());
    assertFalse(run.err().contains("\tat "));
  }

  @Test
  void versionAndHelp() {
    assertEquals(0, CliRun.of("--version").exit());
    CliRun help = CliRun.of("--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("matrix"));
    assertEquals(2, CliRun.of().exit());
  }
}
