package org.arobase.cli.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.arobase.core.Dossier;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.arobase.serve.LabelServer;
import org.arobase.testing.DossierGenerator;

/**
 * The service's benchmark ({@code arobase bench --serve}, docs/SERVE.md): a server started on
 * 127.0.0.1, a free port, rates the nation's first dossiers ({@link NationBench#SEED}, as the
 * in-process throughputs) for concurrent clients, each sending its requests one after the other on
 * its own kept-alive connection; every answer must be the decision the engine gives in-process,
 * byte for byte. The service is loaded until its throughput stops rising (its code is compiled),
 * then measured over several rounds, each followed by as long a rating of the same dossiers by the
 * engine in-process on the same cores: the two throughputs are the medians of their rounds. Bounded:
 * a fixed number of requests, and deadlines after which the clients stop.
 */
public final class ServeBench {

  /**
   * The figures of one run; {@code roundRatioMin} and {@code roundRatioMax} are the lowest and the
   * highest ratio of a round's service throughput to the in-process one measured right after it, the
   * spread of {@code serveRatio} on a machine whose speed changes.
   */
  public record Report(int clients, int requestsPerClient, long requests, long errors, double serveThroughput,
      double inProcessThroughput, double serveRatio, double p50Ms, double p90Ms, double p99Ms, double maxMs,
      int initiatives, int threads, int dossiers, long bodyBytes, int rounds, long warmupRequests,
      double warmupSeconds, double clientCpuShare, double roundRatioMin, double roundRatioMax) {}

  /** How long the clients may run, at most, before they stop. */
  static final Duration DEADLINE = Duration.ofMinutes(5);
  /** The longest warm-up: past it, the rounds are measured even if the JIT still compiles. */
  public static final Duration MAX_WARMUP = Duration.ofSeconds(120);
  /** The JIT is quiet when it spends less than this share of a round compiling. */
  private static final double QUIET_JIT = 0.10;

  private final int clients;
  private final int requestsPerClient;
  private final int rounds;
  private final int initiatives;
  private final int threads;
  private final Duration maxWarmup;
  private final long inProcessMs;
  private final Consumer<String> progress;

  /**
   * @param clients concurrent clients
   * @param requestsPerClient ratings each client asks for in a round, one after the other
   * @param rounds the measured rounds; the throughput is the median round's
   * @param initiatives initiatives per dossier
   * @param threads threads of the in-process throughput
   * @param maxWarmup the longest warm-up ({@link #MAX_WARMUP} for the command)
   * @param progress told of each step
   */
  public ServeBench(int clients, int requestsPerClient, int rounds, int initiatives, int threads, Duration maxWarmup,
      Consumer<String> progress) {
    this(clients, requestsPerClient, rounds, initiatives, threads, maxWarmup, 3_000, progress);
  }

  /** @param inProcessMs how long each of the in-process runs lasts (four: one to warm up, the median of three) */
  ServeBench(int clients, int requestsPerClient, int rounds, int initiatives, int threads, Duration maxWarmup,
      long inProcessMs, Consumer<String> progress) {
    this.inProcessMs = inProcessMs;
    this.clients = clients;
    this.requestsPerClient = requestsPerClient;
    this.rounds = rounds;
    this.initiatives = initiatives;
    this.threads = threads;
    this.maxWarmup = maxWarmup;
    this.progress = progress;
  }

  /**
   * @return the figures
   * @throws IllegalStateException when interrupted
   */
  public Report run() {
    DossierGenerator generator = DossierGenerator.forEdition(NationBench.EDITION).initiatives(initiatives, initiatives);
    int count = Math.min(NationBench.SAMPLE, clients * requestsPerClient * rounds);
    List<Dossier> sample = IntStream.range(0, count).parallel()
        .mapToObj(n -> generator.dossier(NationBench.SEED + n)).toList();
    LabelJson compact = LabelJson.standard().compact();
    List<byte[]> bodies = sample.stream().map(d -> compact.write(d).getBytes(StandardCharsets.UTF_8)).toList();
    long bodyBytes = bodies.stream().mapToLong(b -> b.length).sum() / bodies.size();

    progress.accept("warming up the engine in-process on " + count + " dossiers, " + threads + " threads");
    LabelEngine engine = LabelEngine.builder().edition(NationBench.EDITION).build();
    ToLongFunction<Dossier> rate = d -> engine.evaluate(d).arobases();
    NationBench.throughput(sample, threads, inProcessMs, rate);
    // What the service must answer: the decision as `rate --format json` writes it.
    LabelJson json = LabelJson.standard();
    List<byte[]> expected = sample.parallelStream()
        .map(d -> json.write(engine.evaluate(d)).getBytes(StandardCharsets.UTF_8)).toList();

    // The generated collectivités are made up: the service checks no geography, as the engine above.
    LabelServer server = LabelServer.builder().port(0).geography(false).build().start();
    ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
      Thread t = new Thread(r, "bench-client");
      t.setDaemon(true);
      return t;
    });
    List<LoadConnection> connections = IntStream.range(0, clients)
        .mapToObj(c -> new LoadConnection(server.address(), Duration.ofSeconds(60))).toList();
    try {
      Load load = new Load(pool, connections, bodies, expected, System.nanoTime() + DEADLINE.toNanos());
      progress.accept("warming up the service at " + server.address() + " until its throughput stops rising (at most "
          + maxWarmup.toSeconds() + " s)");
      Warmup warmup = warmUp(load);
      progress.accept(rounds + " rounds of " + clients + " clients x " + requestsPerClient + " ratings, each followed "
          + "by as long a rating in-process");
      int perRound = clients * requestsPerClient;
      long[] latencies = new long[perRound * rounds];
      double[] served = new double[rounds];
      double[] inProcesses = new double[rounds];
      long sent = 0;
      long clientCpu = 0;
      long wall = 0;
      for (int r = 0; r < rounds; r++) {
        Round round = load.round(r * perRound, requestsPerClient, latencies, r * perRound);
        served[r] = (round.sent() - round.errors()) / (round.nanos() / 1e9);
        sent += round.sent();
        clientCpu += round.clientCpuNanos();
        wall += round.nanos();
        // Side by side, round after round: a machine that slows down (a shared one) slows both.
        inProcesses[r] = NationBench.timed(sample, threads, Math.max(200, Math.min(inProcessMs,
            round.nanos() / 1_000_000)), rate);
      }
      if (load.firstError.get() != null) {
        progress.accept("first error: " + load.firstError.get());
      }
      double serve = median(served);
      double inProcess = median(inProcesses);
      DoubleSummaryStatistics ratios = IntStream.range(0, rounds).mapToDouble(r -> served[r] / inProcesses[r])
          .summaryStatistics();
      long[] measured = Arrays.stream(latencies).filter(t -> t > 0).sorted().toArray();
      // An error while warming up counts too: every answer must be right.
      long errors = load.errors.get() + (latencies.length - sent);
      int cores = Runtime.getRuntime().availableProcessors();
      return new Report(clients, requestsPerClient, sent, errors, serve, inProcess, serve / inProcess,
          percentile(measured, 0.50), percentile(measured, 0.90), percentile(measured, 0.99),
          measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6, initiatives, threads, count, bodyBytes,
          rounds, warmup.requests(), warmup.nanos() / 1e9, load.cpuTimed ? clientCpu / ((double) wall * cores) : -1,
          ratios.getMin(), ratios.getMax());
    } finally {
      pool.shutdownNow();
      connections.forEach(LoadConnection::close);
      server.stop();
    }
  }

  /**
   * Sends rounds of the load until the JIT is quiet (it compiled for less than {@link #QUIET_JIT}
   * of the last round) and the throughput stops rising (no round of the last three is 5% faster than
   * the best before them, six rounds at least), or {@link #maxWarmup} has passed. The JIT compiles
   * the service's code on the same cores, for a minute or more under load on two cores; a bench that
   * measured before it is done would measure the compiler.
   *
   * @return the requests sent and the time spent
   */
  private Warmup warmUp(Load load) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
    long start = System.nanoTime();
    long end = start + maxWarmup.toNanos();
    long sent = 0;
    List<Double> throughputs = new ArrayList<>();
    for (int r = 0; ; r++) {
      long compiling = timed ? jit.getTotalCompilationTime() : 0;
      Round round = load.round(r * clients * requestsPerClient, requestsPerClient, null, 0);
      sent += round.sent();
      throughputs.add(round.sent() / (round.nanos() / 1e9));
      double share = timed ? (jit.getTotalCompilationTime() - compiling) / (round.nanos() / 1e6) : 0;
      boolean outOfTime = System.nanoTime() > end;
      if ((share < QUIET_JIT && plateau(throughputs)) || outOfTime || round.sent() == 0) {
        long spent = System.nanoTime() - start;
        progress.accept(String.format(Locale.ROOT, "%s after %,d requests in %.1f s: %s ratings/s by round, the "
            + "JIT compiling for %.0f%% of the last", outOfTime ? "not warm yet, but out of time" : "warm",
            sent, spent / 1e9, throughputs.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList(),
            share * 100));
        return new Warmup(sent, spent);
      }
    }
  }

  /** @return whether the last three throughputs are no more than 5% above the best before them */
  static boolean plateau(List<Double> throughputs) {
    int n = throughputs.size();
    if (n < 6) {
      return false;
    }
    double before = throughputs.subList(0, n - 3).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    double last = throughputs.subList(n - 3, n).stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    return last <= before * 1.05;
  }

  /** What the warm-up sent, and how long it took. */
  private record Warmup(long requests, long nanos) {}

  /** What one round did; the clients' CPU time is 0 where the JVM does not measure it. */
  private record Round(long sent, long errors, long nanos, long clientCpuNanos) {}

  /** The clients, their connections and what they send; each round sends from every client at once. */
  private static final class Load {
    private final ExecutorService pool;
    private final List<LoadConnection> connections;
    private final List<byte[]> bodies;
    private final List<byte[]> expected;
    private final long deadline;
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    /** Whether the clients' CPU time is measured. */
    final boolean cpuTimed = cpu.isCurrentThreadCpuTimeSupported();
    final AtomicLong errors = new AtomicLong();
    final AtomicReference<String> firstError = new AtomicReference<>();

    Load(ExecutorService pool, List<LoadConnection> connections, List<byte[]> bodies, List<byte[]> expected,
        long deadline) {
      this.pool = pool;
      this.connections = connections;
      this.bodies = bodies;
      this.expected = expected;
      this.deadline = deadline;
    }

    /**
     * @param first the number of the round's first request: the dossiers follow on from round to round
     * @param latencies where each request's latency goes, from {@code at}; {@code null} while warming up
     */
    Round round(int first, int perClient, long[] latencies, int at) {
      AtomicLong sent = new AtomicLong();
      AtomicLong clientCpu = new AtomicLong();
      long errorsBefore = errors.get();
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < connections.size(); c++) {
        int client = c;
        running.add(pool.submit(() -> {
          long cpuStart = cpuTimed ? cpu.getCurrentThreadCpuTime() : 0;
          LoadConnection connection = connections.get(client);
          for (int i = 0; i < perClient && System.nanoTime() < deadline; i++) {
            int n = first + client * perClient + i;
            int dossier = n % bodies.size();
            long t0 = System.nanoTime();
            String error = null;
            try {
              int status = connection.post("/v1/rate", bodies.get(dossier));
              if (status != 200) {
                error = "HTTP " + status + ": " + connection.body();
              } else if (!connection.bodyEquals(expected.get(dossier))) {
                error = "dossier " + dossier + ": the decision differs from the engine's";
              }
            } catch (IOException e) {
              error = e.toString();
            }
            long elapsed = System.nanoTime() - t0;
            sent.incrementAndGet();
            if (latencies != null) {
              latencies[at + client * perClient + i] = elapsed;
            }
            if (error != null) {
              errors.incrementAndGet();
              firstError.compareAndSet(null, error);
            }
          }
          clientCpu.addAndGet(cpuTimed ? cpu.getCurrentThreadCpuTime() - cpuStart : 0);
          return null;
        }));
      }
      try {
        for (Future<?> f : running) {
          f.get(DEADLINE.toMillis() + 60_000, TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("the clients failed: " + e, e);
      }
      return new Round(sent.get(), errors.get() - errorsBefore, System.nanoTime() - start, clientCpu.get());
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
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
        + "\"bodyBytes\": %d, \"rounds\": %d, \"warmupRequests\": %d, \"warmupSeconds\": %.1f, "
        + "\"clientCpuShare\": %.2f, \"roundRatioMin\": %.2f, \"roundRatioMax\": %.2f}",
        r.serveThroughput(), r.inProcessThroughput(), r.serveRatio(), r.p50Ms(),
        r.p90Ms(), r.p99Ms(), r.maxMs(), r.requests(), r.errors(), r.clients(), r.requestsPerClient(), r.dossiers(),
        r.initiatives(), r.threads(), r.bodyBytes(), r.rounds(), r.warmupRequests(), r.warmupSeconds(),
        r.clientCpuShare(), r.roundRatioMin(), r.roundRatioMax());
  }

  /** @return the figures as text, as {@code bench --serve} prints them */
  public static String text(Report r) {
    return String.format(Locale.ROOT, "serve: %d rounds of %d clients x %d ratings (%,d requests), %d dossiers x %d "
        + "initiatives (%,d bytes each), millésime %d, after a warm-up of %,d requests (%.1f s)%n"
        + "  service throughput         %,.0f ratings/s (the median round)%n"
        + "  in-process throughput      %,.0f ratings/s (%d threads, the same dossiers, between the rounds)%n"
        + "  serveRatio                 %.2f                         aim >= 0.4%n"
        + "  serveRatio by round        %.2f to %.2f%n"
        + "  latency p50 / p90 / p99    %.1f / %.1f / %.1f ms%n"
        + "  latency max                %.1f ms%n"
        + "  the clients' CPU           %s%n"
        + "  errors                     %d", r.rounds(), r.clients(), r.requestsPerClient(), r.requests(),
        r.dossiers(), r.initiatives(), r.bodyBytes(), NationBench.EDITION, r.warmupRequests(), r.warmupSeconds(),
        r.serveThroughput(), r.inProcessThroughput(), r.threads(), r.serveRatio(), r.roundRatioMin(),
        r.roundRatioMax(), r.p50Ms(), r.p90Ms(), r.p99Ms(),
        r.maxMs(), r.clientCpuShare() < 0 ? "not measured"
            : String.format(Locale.ROOT, "%.0f%% of the machine", r.clientCpuShare() * 100), r.errors());
  }
}
