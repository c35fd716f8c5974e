package org.arobase.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.arobase.core.LabelData;
import org.arobase.json.DossierResult;
import org.arobase.json.LabelJson;
import org.arobase.json.RatingResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint and every error status of a server started on a free port of 127.0.0.1. */
class LabelServerTest {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static Served served;

  @BeforeAll
  static void start() {
    served = Served.start();
  }

  @AfterAll
  static void stop() {
    served.server.stop();
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /** @return a long answer read as JSON; where it is not, a failure that says where it was cut, not all of it */
  static JsonNode whole(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("the answer was cut after " + body.length() + " characters: "
          + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  /** Checks the error answer of every status other than 200: JSON, its status, its code. */
  static JsonNode error(HttpResponse<String> response, int status, String code) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
    JsonNode body = tree(response.body());
    assertEquals(status, body.path("error").path("status").asInt(), response.body());
    assertEquals(code, body.path("error").path("code").asText(), response.body());
    assertTrue(body.path("error").path("message").isTextual(), response.body());
    assertTrue(body.path("violations").isArray(), response.body());
    assertFalse(response.body().contains("at org.") || response.body().contains("Exception"), response.body());
    return body;
  }

  @Test
  void binds_to_the_loopback_by_default() {
    assertEquals("127.0.0.1", served.server.host());
    assertTrue(served.server.port() > 0);
    assertEquals("http://127.0.0.1:" + served.server.port() + "/", served.server.address().toString());
  }

  @Test
  void health() {
    HttpResponse<String> r = served.get("/health");
    assertEquals(200, r.statusCode());
    JsonNode body = tree(r.body());
    assertEquals("UP", body.path("status").asText());
    assertTrue(body.path("engines").toString().contains(String.valueOf(LabelData.bundled().newest().year())), r.body());
  }

  @Test
  void millesimes_as_the_command_line_prints_them() {
    HttpResponse<String> r = served.get("/v1/millesimes");
    assertEquals(200, r.statusCode());
    assertEquals(tree(Millesimes.json(LabelData.bundled().editions())), tree(r.body()));
    assertEquals(2020, tree(r.body()).get(0).path("year").asInt());
  }

  @Test
  void matrix_of_a_millesime_and_404_for_an_unknown_one() {
    HttpResponse<String> r = served.get("/v1/matrix/2022");
    assertEquals(200, r.statusCode());
    LabelData data = LabelData.bundled();
    assertEquals(tree(LabelJson.standard().writeMatrix(data.matrix(data.edition(2022).matrixVersion()))), tree(r.body()));
    error(served.get("/v1/matrix/1999"), 404, "MILLESIME_UNKNOWN");
    error(served.get("/v1/matrix/deux-mille"), 404, "MILLESIME_UNKNOWN");
  }

  @Test
  void rates_every_sample_as_the_rating_path_of_the_command_line() {
    Engines engines = new Engines(LabelData.bundled(), true, java.util.Locale.FRENCH, 4);
    for (Path sample : Served.samples()) {
      HttpResponse<String> r = served.post("/v1/rate", Served.read(sample));
      List<DossierResult> read = LabelJson.standard().readDossiers(sample);
      RatingResult expected = engines.rate(read.get(0));
      assertTrue(expected.decision().isPresent(), sample.toString());
      assertEquals(200, r.statusCode(), sample + ": " + r.body());
      // Byte for byte the text of `rate --format json`, though the service writes it as UTF-8 bytes directly.
      assertEquals(LabelJson.standard().write(expected.decision().get()), r.body(), sample.toString());
      assertEquals(expected.decision().get(), LabelJson.standard().readDecision(r.body()), sample.toString());
    }
  }

  @Test
  void a_decision_goes_out_with_its_length_or_gzipped_to_a_client_that_asks() throws Exception {
    String body = Served.read(Served.samples().get(0));
    HttpResponse<String> plain = served.post("/v1/rate", body);
    assertEquals(200, plain.statusCode(), plain.body());
    assertEquals(String.valueOf(plain.body().getBytes(StandardCharsets.UTF_8).length),
        plain.headers().firstValue("Content-Length").orElse("none"), plain.headers().toString());
    assertTrue(plain.headers().firstValue("Transfer-Encoding").isEmpty(), plain.headers().toString());
    HttpResponse<byte[]> zipped = served.client.send(HttpRequest.newBuilder(served.uri("/v1/rate"))
        .header("Content-Type", "application/json").header("Accept-Encoding", "gzip")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, zipped.statusCode());
    assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse("none"), zipped.headers().toString());
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      assertEquals(plain.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void rates_an_array_one_result_per_dossier() {
    List<Path> samples = Served.samples().subList(0, 2);
    String array = "[" + Served.read(samples.get(0)) + "," + Served.read(Served.SAMPLES.resolve("invalid/plusieurs-erreurs.json"))
        + "," + Served.read(samples.get(1)) + "]";
    HttpResponse<String> r = served.post("/v1/rate", array);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode body = tree(r.body());
    assertEquals(3, body.size());
    assertEquals("request#0", body.get(0).path("source").asText());
    assertTrue(body.get(0).has("decision"));
    assertTrue(body.get(1).has("violations") && !body.get(1).has("decision"), r.body());
    assertTrue(body.get(2).has("decision"));
    assertEquals(tree("[]"), tree(served.post("/v1/rate", "[]").body()));
  }

  @Test
  void an_invalid_dossier_is_400_with_every_violation() {
    Path invalid = Served.SAMPLES.resolve("invalid/plusieurs-erreurs.json");
    List<DossierResult> expected = LabelJson.standard().readDossiers(invalid,
        new Engines(LabelData.bundled(), true, java.util.Locale.FRENCH, 4).validator());
    for (String endpoint : List.of("/v1/rate", "/v1/validate", "/v1/report")) {
      JsonNode body = error(served.post(endpoint, Served.read(invalid)), 400, "DOSSIER_INVALID");
      assertEquals(tree(LabelJson.standard().writeViolations(expected.get(0).violations())), body.path("violations"),
          endpoint);
      assertEquals(8, body.path("violations").size(), endpoint);
    }
  }

  @Test
  void validates_a_dossier_or_an_array() {
    HttpResponse<String> r = served.post("/v1/validate", Served.read(Served.samples().get(0)));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(tree(r.body()).path("valid").asBoolean());
    String array = "[" + Served.read(Served.samples().get(0)) + "," + Served.read(Served.SAMPLES.resolve(
        "invalid/plusieurs-erreurs.json")) + "]";
    JsonNode both = tree(served.post("/v1/validate", array).body());
    assertEquals(2, both.size());
    assertEquals("request#1", both.get(1).path("source").asText());
    assertEquals(8, both.get(1).path("violations").size());
  }

  @Test
  void broken_json_is_400_json_syntax() {
    for (String endpoint : List.of("/v1/rate", "/v1/validate", "/v1/report")) {
      JsonNode body = error(served.post(endpoint, "{\"edition\": 2022,"), 400, "JSON_SYNTAX");
      assertEquals("JSON_SYNTAX", body.path("violations").get(0).path("code").asText());
      error(served.post(endpoint, ""), 400, "JSON_SYNTAX");
      error(served.post(endpoint, "[{\"edition\": 2022}, nope]"), 400, "JSON_SYNTAX");
    }
    // Read but not a dossier: its violations, as the command line gives them.
    JsonNode wrong = error(served.post("/v1/rate", "{\"edition\": \"2022\", \"initiatves\": []}"), 400, "DOSSIER_INVALID");
    Set<String> codes = new TreeSet<>();
    wrong.path("violations").forEach(v -> codes.add(v.path("code").asText()));
    assertTrue(codes.contains("JSON_UNKNOWN_FIELD") && codes.contains("JSON_WRONG_TYPE"), codes.toString());
  }

  @Test
  void a_body_of_24_mb_is_refused_with_413() {
    byte[] big = new byte[24_000_000];
    java.util.Arrays.fill(big, (byte) ' ');
    big[0] = '[';
    // Declared in Content-Length: refused without being parsed (read and dropped, so that the client
    // still sending gets the answer).
    HttpResponse<String> declared = served.send(HttpRequest.newBuilder(served.uri("/v1/rate"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build());
    error(declared, 413, "BODY_TOO_LARGE");
    // Chunked, without a length: refused once 16 MiB are read, never held whole.
    HttpResponse<String> chunked = served.send(HttpRequest.newBuilder(served.uri("/v1/validate"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
    error(chunked, 413, "BODY_TOO_LARGE");
    // The server goes on.
    assertEquals(200, served.get("/health").statusCode());
  }

  @Test
  void wrong_method_405_wrong_type_415_unknown_path_404() {
    HttpResponse<String> get = served.get("/v1/rate");
    error(get, 405, "METHOD_NOT_ALLOWED");
    assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
    error(served.post("/v1/millesimes", "{}"), 405, "METHOD_NOT_ALLOWED");
    error(served.send(HttpRequest.newBuilder(served.uri("/v1/validate")).DELETE().build()), 405, "METHOD_NOT_ALLOWED");
    error(served.post("/v1/rate", "text/plain", "{}"), 415, "UNSUPPORTED_MEDIA_TYPE");
    error(served.post("/v1/rate", "application/x-www-form-urlencoded", "a=b"), 415, "UNSUPPORTED_MEDIA_TYPE");
    error(served.send(HttpRequest.newBuilder(served.uri("/v1/rate")).POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build()), 415, "UNSUPPORTED_MEDIA_TYPE");
    assertEquals(200, served.post("/v1/rate", "application/json; charset=UTF-8", Served.read(Served.samples().get(0)))
        .statusCode());
    error(served.get("/v2/rate"), 404, "NOT_FOUND");
    error(served.send(HttpRequest.newBuilder(served.uri("/v1/matrix/%252")).GET().build()), 404, "MILLESIME_UNKNOWN");
  }

  @Test
  void report_is_the_html_report() {
    HttpResponse<String> r = served.post("/v1/report", Served.read(Served.SAMPLES.resolve("ayen-2022.json")));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(r.body().contains("<svg") && r.body().contains("Ayen"), r.body());
    error(served.post("/v1/report", "[]"), 400, "BAD_REQUEST");
  }

  @Test
  void openapi_describes_every_endpoint_with_the_schemas() {
    HttpResponse<String> r = served.get("/openapi.json");
    assertEquals(200, r.statusCode());
    JsonNode doc = tree(r.body());
    assertEquals("3.1.0", doc.path("openapi").asText());
    List<String> paths = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(paths::add);
    assertTrue(paths.containsAll(List.of("/v1/millesimes", "/v1/matrix/{year}", "/v1/validate", "/v1/rate", "/v1/report",
        "/openapi.json", "/health", "/")), paths.toString());
    JsonNode schemas = doc.path("components").path("schemas");
    assertTrue(schemas.path("Dossier").path("$id").asText().endsWith("dossier.schema.json"));
    assertTrue(schemas.path("Decision").path("$id").asText().endsWith("decision.schema.json"));
    assertTrue(r.body().contains(String.valueOf(ServeLimits.DEFAULT_MAX_BODY_BYTES)));
    assertFalse(r.body().contains("@DOSSIER_SCHEMA@") || r.body().contains("@MAX_BODY"));
  }

  @Test
  void the_page_is_french_and_self_contained() {
    HttpResponse<String> r = served.get("/");
    assertEquals(200, r.statusCode());
    String page = r.body();
    assertTrue(page.contains("<html lang=\"fr\">") && page.contains("name=\"viewport\""));
    assertTrue(page.contains("<textarea") && page.contains("type=\"file\"") && page.contains("/v1/rate")
        && page.contains("/v1/validate"));
    // No external resource: no address of another host, no stylesheet or script fetched.
    assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"), "an external resource");
    assertFalse(page.contains("<link") || page.contains("<script src"));
  }

  @Test
  void thirty_two_clients_rate_forty_dossiers_each_without_an_error() throws Exception {
    List<String> bodies = Served.samples().stream().map(Served::read).toList();
    ExecutorService clients = Executors.newFixedThreadPool(32);
    try {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int c = 0; c < 32; c++) {
        int client = c;
        tasks.add(() -> {
          int ok = 0;
          for (int i = 0; i < 40; i++) {
            HttpResponse<String> r = served.post("/v1/rate", bodies.get((client + i) % bodies.size()));
            if (r.statusCode() == 200 && r.body().contains("\"arobases\"")) {
              ok++;
            }
          }
          return ok;
        });
      }
      int ok = 0;
      for (Future<Integer> f : clients.invokeAll(tasks, 5, TimeUnit.MINUTES)) {
        ok += f.get();
      }
      assertEquals(32 * 40, ok);
    } finally {
      clients.shutdownNow();
    }
  }

  /** @return the answer to come to a rating of {@code copies} dossiers, once the server is handling it */
  static <T> CompletableFuture<HttpResponse<T>> ratingInFlight(Served own, int copies, HttpResponse.BodyHandler<T> body)
      throws InterruptedException {
    String dossier = Served.read(Served.samples().get(0));
    String many = "[" + String.join(",", java.util.Collections.nCopies(copies, dossier)) + "]";
    var inFlight = own.client.sendAsync(HttpRequest.newBuilder(own.uri("/v1/rate"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(many)).build(), body);
    for (int i = 0; i < 1_000 && own.server.inFlight() == 0 && !inFlight.isDone(); i++) {
      Thread.sleep(10);
    }
    return inFlight;
  }

  @Test
  void stop_lets_the_request_in_flight_finish_then_closes() throws Exception {
    Served own = new Served(LabelServer.builder().port(0).geography(false).build().start());
    var inFlight = ratingInFlight(own, 400, HttpResponse.BodyHandlers.ofString());
    own.server.stop();
    HttpResponse<String> answered = inFlight.get(60, TimeUnit.SECONDS);
    assertEquals(200, answered.statusCode());
    assertEquals(400, whole(answered.body()).size());
    assertThrows(IllegalStateException.class, own.server::port);
  }

  @Test
  void stop_waits_for_a_client_that_pauses_while_its_answer_is_written() throws Exception {
    // Megabytes of answer to a client that reads nothing for 2 s once the stop has begun: the answer
    // fills the socket's buffers and makes no progress, and must still arrive whole.
    Served own = new Served(LabelServer.builder().port(0).geography(false).build().start());
    var inFlight = ratingInFlight(own, 200, HttpResponse.BodyHandlers.ofInputStream());
    Thread stopping = new Thread(own.server::stop, "stopping");
    stopping.start();
    HttpResponse<java.io.InputStream> answered = inFlight.get(60, TimeUnit.SECONDS);
    Thread.sleep(2_000);
    String body;
    try (java.io.InputStream in = answered.body()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    stopping.join(30_000);
    assertEquals(200, answered.statusCode());
    assertTrue(body.length() > 1_000_000, "an answer of " + body.length() + " characters");
    assertEquals(200, whole(body).size());
    assertFalse(stopping.isAlive());
  }

  @Test
  void no_more_dossiers_are_rated_at_once_than_the_permits_and_the_others_wait_their_turn() throws Exception {
    Engines engines = new Engines(LabelData.bundled(), false, java.util.Locale.FRENCH, 2);
    AtomicInteger active = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        int n = i;
        done.add(pool.submit(() -> engines.atMostMaxRatings(() -> {
          most.accumulateAndGet(active.incrementAndGet(), Math::max);
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          active.decrementAndGet();
          return n;
        })));
      }
      // Two at work, four waiting: the work is held until the four are seen waiting.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (engines.waiting() < 4 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(4, engines.waiting());
      assertEquals(2, active.get());
      release.countDown();
      for (int i = 0; i < 6; i++) {
        assertEquals(i, done.get(i).get(30, TimeUnit.SECONDS));
      }
      assertEquals(2, most.get());
      assertEquals(0, engines.waiting());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void limits_are_checked() {
    assertThrows(IllegalArgumentException.class, () -> ServeLimits.defaults().withMaxBodyBytes(0));
    assertThrows(IllegalArgumentException.class, () -> ServeLimits.defaults().withMaxThreads(2));
    assertThrows(IllegalArgumentException.class, () -> ServeLimits.defaults().withMaxRatings(0));
    assertEquals(3, ServeLimits.defaults().withMaxRatings(3).maxRatings());
    assertEquals(ServeLimits.defaultMaxRatings(), new ServeLimits(1, Duration.ofSeconds(1), 8, 1, Duration.ZERO)
        .maxRatings());
    assertThrows(IllegalArgumentException.class, () -> LabelServer.builder().port(70_000));
  }
}
