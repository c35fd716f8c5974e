package org.arobase.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.arobase.json.DossierResult;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.arobase.serve.LabelServer;
import org.junit.jupiter.api.Test;

/** The service's bench on a small load: its figures' shape, its checks of every answer, never its timings. */
class ServeBenchTest {

  @Test
  void aSmallLoadIsAnsweredWithoutAnErrorAndReportsEveryFigure() throws Exception {
    List<String> steps = new ArrayList<>();
    ServeBench.Report report = new ServeBench(3, 4, 2, 5, 2, Duration.ofSeconds(2), 200, steps::add).run();
    assertEquals(0, report.errors(), String.join("\n", steps));
    assertEquals(2 * 3 * 4, report.requests());
    assertEquals(2, report.rounds());
    assertTrue(report.warmupRequests() >= 12, "at least one warm-up round: " + report.warmupRequests());
    assertTrue(report.serveThroughput() > 0 && report.inProcessThroughput() > 0);
    assertEquals(report.serveThroughput() / report.inProcessThroughput(), report.serveRatio(), 1e-9);
    assertTrue(report.roundRatioMin() > 0 && report.roundRatioMin() <= report.roundRatioMax(),
        report.roundRatioMin() + " to " + report.roundRatioMax());
    assertTrue(report.p50Ms() <= report.p90Ms() && report.p90Ms() <= report.p99Ms() && report.p99Ms() <= report.maxMs());
    assertTrue(steps.stream().anyMatch(s -> s.contains("ratings/s by round")), String.join("\n", steps));

    JsonNode json = new ObjectMapper().readTree(ServeBench.json(report));
    for (String field : List.of("serveThroughput", "inProcessThroughput", "serveRatio", "p50Ms", "p90Ms", "p99Ms",
        "maxMs", "requests", "errors", "clients", "requestsPerClient", "dossiers", "initiatives", "threads",
        "bodyBytes", "rounds", "warmupRequests", "warmupSeconds", "clientCpuShare", "roundRatioMin", "roundRatioMax")) {
      assertTrue(json.has(field), field);
    }
    assertTrue(ServeBench.text(report).contains("serveRatio"));
    assertTrue(ServeBench.text(report).contains("serveRatio by round"));
  }

  @Test
  void theWarmUpEndsOnlyWhenTheLastThreeRoundsAreNoFasterThanTheBestBefore() {
    assertFalse(ServeBench.plateau(List.of(100.0, 100.0, 100.0, 100.0, 100.0)), "five rounds are too few");
    assertTrue(ServeBench.plateau(List.of(100.0, 300.0, 400.0, 410.0, 390.0, 420.0)));
    assertFalse(ServeBench.plateau(List.of(100.0, 200.0, 300.0, 400.0, 500.0, 600.0)), "still rising");
    assertFalse(ServeBench.plateau(List.of(400.0, 400.0, 400.0, 300.0, 300.0, 500.0)), "a round 25% faster");
  }

  @Test
  void theClientReadsAnswersInChunksAndOfAFixedLengthOnOneConnection() throws Exception {
    LabelServer server = LabelServer.builder().port(0).geography(false).build().start();
    try (LoadConnection connection = new LoadConnection(server.address(), Duration.ofSeconds(30))) {
      Path sample = Path.of("..", "examples", "dossiers", "martigues-2022.json");
      byte[] body = Files.readAllBytes(sample);
      List<DossierResult> read = LabelJson.standard().readDossiers(sample);
      byte[] expected = LabelJson.standard().write(LabelEngine.builder().edition(2022).build()
          .evaluate(read.get(0).dossier().orElseThrow())).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 3; i++) {
        // A decision of tens of kilobytes comes in chunks; an error of a few bytes with its length.
        assertEquals(200, connection.post("/v1/rate", body), connection.body());
        assertTrue(connection.bodyEquals(expected));
        assertEquals(400, connection.post("/v1/rate", "{".getBytes(StandardCharsets.UTF_8)));
        assertTrue(connection.body().contains("JSON_SYNTAX"), connection.body());
        assertFalse(connection.bodyEquals(expected));
      }
    } finally {
      server.stop();
    }
    // The server gone, a request fails with an exception, not an answer.
    try (LoadConnection gone = new LoadConnection(URI.create("http://127.0.0.1:" + freePort() + "/"),
        Duration.ofSeconds(5))) {
      assertThrows(IOException.class, () -> gone.post("/v1/rate", new byte[] {'{', '}'}));
    }
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
