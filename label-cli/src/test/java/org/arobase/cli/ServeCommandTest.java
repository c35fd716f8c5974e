package org.arobase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.arobase.serve.LabelServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service gives what the command line gives: the same decisions, the same violations; and {@code arobase serve} runs. */
class ServeCommandTest {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static LabelServer server;

  @BeforeAll
  static void start() {
    server = LabelServer.builder().port(0).build().start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static HttpResponse<String> post(URI base, String path, String body) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("dossiers"))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void decisions_equal_the_command_lines_for_every_sample() throws Exception {
    List<Path> samples = samples();
    assertTrue(samples.size() >= 10, samples.toString());
    for (Path sample : samples) {
      CliRun cli = CliRun.of("rate", "--format", "json", sample.toString());
      assertEquals(0, cli.exit(), cli.err());
      JsonNode expected = MAPPER.readTree(cli.out()).get(0).path("decision");
      HttpResponse<String> served = post(server.address(), "/v1/rate", Files.readString(sample));
      assertEquals(200, served.statusCode(), served.body());
      assertEquals(expected, MAPPER.readTree(served.body()), sample.toString());
    }
  }

  @Test
  void violations_equal_the_command_lines() throws Exception {
    Path invalid = Path.of("dossiers", "invalid", "plusieurs-erreurs.json");
    CliRun validate = CliRun.of("validate", "--format", "json", invalid.toString());
    JsonNode expected = MAPPER.readTree(validate.out()).get(0).path("violations");
    HttpResponse<String> served = post(server.address(), "/v1/validate", Files.readString(invalid));
    assertEquals(400, served.statusCode());
    assertEquals(expected, MAPPER.readTree(served.body()).path("violations"));
    CliRun rate = CliRun.of("rate", "--format", "json", invalid.toString());
    HttpResponse<String> rated = post(server.address(), "/v1/rate", Files.readString(invalid));
    assertEquals(MAPPER.readTree(rate.out()).get(0).path("violations"), MAPPER.readTree(rated.body()).path("violations"));
    // An array: each element as the command line gives it, the source aside.
    String array = "[" + Files.readString(invalid) + "]";
    JsonNode element = MAPPER.readTree(post(server.address(), "/v1/rate", array).body()).get(0);
    assertEquals("request#0", element.path("source").asText());
    assertEquals(MAPPER.readTree(rate.out()).get(0).path("violations"), element.path("violations"));
  }

  @Test
  void serve_prints_its_address_and_stops() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> Arobase.run(
        new String[] {"serve", "--port", "0", "--no-geography"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    String line = "";
    for (int i = 0; i < 600 && !line.contains("\n") && !running.isDone(); i++) {
      Thread.sleep(50);
      line = out.toString(StandardCharsets.UTF_8);
    }
    assertTrue(line.matches("arobase: serving on http://127\\.0\\.0\\.1:\\d+/ .*\\R"), line + err);
    URI base = URI.create(line.replaceAll("(?s).*(http://[^ ]+/).*", "$1"));
    HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
    ServeCommand.stopAll();
    assertEquals(0, running.get(30, TimeUnit.SECONDS));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void a_wrong_port_is_a_usage_error() {
    CliRun run = CliRun.of("serve", "--port", "70000");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--port"), run.err());
    CliRun taken = CliRun.of("serve", "--port", String.valueOf(server.port()), "--no-geography");
    assertEquals(2, taken.exit(), taken.err());
    assertTrue(taken.err().contains("cannot listen on 127.0.0.1:" + server.port()), taken.err());
    assertTrue(!taken.err().contains("\tat "), taken.err());
  }
}
