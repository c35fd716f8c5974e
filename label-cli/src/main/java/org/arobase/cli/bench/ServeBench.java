package org.arobase.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.arobase.core.Dossier;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.arobase.serve.LabelServer;
import org.arobase.testing.DossierGenerator;

/**
 * The service's benchmark ({@code arobase bench --serve}, docs/SERVE.md): a server started on
 * 127.0.0.1, a free port, rates the nation's first dossiers ({@link NationBench#SEED}, as the
 * in-process throughputs) for concurrent clients, each sending its requests one after the other;
 * the service's throughput is set beside the engine's on the same dossiers, in-process, on the
 * same cores. Bounded: a fixed number of requests, and a deadline after which the clients stop.
 */
public final class ServeBench {

  /** The figures of one run. */
  public record Report(int clients, int requestsPerClient, long requests, long errors, double serveThroughput,
      double inProcessThroughput, double serveRatio, double p50Ms, double p90Ms, double p99Ms, double maxMs,
      int initiatives, int threads, int dossiers, long bodyBytes) {}

  /** How long the clients may run, at most, before they stop. */
  static final Duration DEADLINE = Duration.ofMinutes(5);

  private final int clients;
  private final int requestsPerClient;
  private final int initiatives;
  private final int threads;
  private final Consumer<String> progress;

  /**
   * @param clients concurrent clients
   * @param requestsPerClient ratings each client asks for, one after the other
   * @param initiatives initiatives per dossier
   * @param threads threads of the in-process throughput
   * @param progress told of each step
   */
  public ServeBench(int clients, int requestsPerClient, int initiatives, int threads, Consumer<String> progress) {
    this.clients = clients;
    this.requestsPerClient = requestsPerClient;
    this.initiatives = initiatives;
    this.threads = threads;
    this.progress = progress;
  }

  /**
   * @return the figures
   * @throws IllegalStateException when interrupted
   */
  public Report run() {
    DossierGenerator generator = DossierGenerator.forEdition(NationBench.EDITION).initiatives(initiatives, initiatives);
    int count = Math.min(NationBench.SAMPLE, clients * requestsPerClient);
    List<Dossier> sample = IntStream.range(0, count).parallel()
        .mapToObj(n -> generator.dossier(NationBench.SEED + n)).toList();
    LabelJson json = LabelJson.standard().compact();
    List<byte[]> bodies = sample.stream().map(d -> json.write(d).getBytes(StandardCharsets.UTF_8)).toList();
    long bodyBytes = bodies.stream().mapToLong(b -> b.length).sum() / bodies.size();

    progress.accept("in-process throughput on " + count + " dossiers, " + threads + " threads");
    LabelEngine engine = LabelEngine.builder().edition(NationBench.EDITION).build();
    double inProcess = NationBench.throughput(sample, threads, 3_000, d -> engine.evaluate(d).arobases());

    // The generated collectivités are made up: the service checks no geography, as the engine above.
    LabelServer server = LabelServer.builder().port(0).geography(false).build().start();
    try {
      URI rate = server.address().resolve("/v1/rate");
      progress.accept("warming up the service at " + server.address());
      load(rate, bodies, Math.max(1, requestsPerClient / 4), null);
      progress.accept(clients + " clients x " + requestsPerClient + " ratings");
      long[] latencies = new long[clients * requestsPerClient];
      AtomicLong errors = new AtomicLong();
      long start = System.nanoTime();
      long done = load(rate, bodies, requestsPerClient, new Sink(latencies, errors));
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] measured = Arrays.stream(latencies).filter(t -> t > 0).sorted().toArray();
      double serve = (done - errors.get()) / seconds;
      return new Report(clients, requestsPerClient, done, errors.get() + (latencies.length - done), serve, inProcess,
          serve / inProcess, percentile(measured, 0.50), percentile(measured, 0.90), percentile(measured, 0.99),
          measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6, initiatives, threads, count, bodyBytes);
    } finally {
      server.stop();
    }
  }

  /** Where the measured requests go: each one's latency, and the count of errors. */
  private record Sink(long[] latencies, AtomicLong errors) {}

  /** @return how many requests were sent */
  private long load(URI rate, List<byte[]> bodies, int perClient, Sink sink) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    AtomicLong sent = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(pool.submit(() -> {
          for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
            int n = client * perClient + i;
            HttpRequest request = HttpRequest.newBuilder(rate).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(n % bodies.size()))).build();
            long t0 = System.nanoTime();
            boolean ok;
            try {
              HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
              ok = response.statusCode() == 200;
            } catch (IOException e) {
              ok = false;
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            sent.incrementAndGet();
            if (sink != null) {
              sink.latencies()[n] = System.nanoTime() - t0;
              if (!ok) {
                sink.errors().incrementAndGet();
              }
            }
          }
        }));
      }
      for (Future<?> f : running) {
        f.get(DEADLINE.toMillis() + 60_000, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the clients failed: " + e, e);
    } finally {
      pool.shutdownNow();
    }
    return sent.get();
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** @return the figures as one JSON object, as {@code bench --serve --format json} prints them */
  public static String json(Report r) {
    return String.format(Locale.ROOT, "{\"serveThroughput\": %.1f, \"inProcessThroughput\": %.1f, \"serveRatio\": %.2f, "
        + "\"p50Ms\": %.1f, \"p90Ms\": %.1f, \"p99Ms\": %.1f, \"maxMs\": %.1f, \"requests\": %d, \"errors\": %d, "
        + "\"clients\": %d, \"requestsPerClient\": %d, \"dossiers\": %d, \"initiatives\": %d, \"threads\": %d, "
        + "\"bodyBytes\": %d}", r.serveThroughput(), r.inProcessThroughput(), r.serveRatio(), r.p50Ms(), r.p90Ms(),
        r.p99Ms(), r.maxMs(), r.requests(), r.errors(), r.clients(), r.requestsPerClient(), r.dossiers(),
        r.initiatives(), r.threads(), r.bodyBytes());
  }

  /** @return the figures as text, as {@code bench --serve} prints them */
  public static String text(Report r) {
    return String.format(Locale.ROOT, "serve: %d clients x %d ratings (%,d requests), %d dossiers x %d initiatives "
        + "(%,d bytes each), millésime 2022%n"
        + "  service throughput         %,.0f ratings/s%n"
        + "  in-process throughput      %,.0f ratings/s (%d threads, the same dossiers)%n"
        + "  serveRatio                 %.2f                         aim >= 0.4%n"
        + "  latency p50 / p90 / p99    %.1f / %.1f / %.1f ms%n"
        + "  latency max                %.1f ms%n"
        + "  errors                     %d", r.clients(), r.requestsPerClient(), r.requests(), r.dossiers(),
        r.initiatives(), r.bodyBytes(), r.serveThroughput(), r.inProcessThroughput(), r.threads(), r.serveRatio(),
        r.p50Ms(), r.p90Ms(), r.p99Ms(), r.maxMs(), r.errors());
  }
}
