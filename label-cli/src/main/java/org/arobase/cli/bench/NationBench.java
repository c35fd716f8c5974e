package org.arobase.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.arobase.core.Dossier;
import org.arobase.core.decision.Decision;
import org.arobase.core.validation.DossierValidator;
import org.arobase.json.DossierResult;
import org.arobase.json.JsonLimits;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.arobase.testing.DossierGenerator;

/**
 * The national benchmark: a synthetic nation of dossiers of the 2022 millésime, the same on
 * every machine (dossier {@code n} is {@link DossierGenerator#dossier(long)} of seed
 * {@link #SEED} + n), rated as {@code arobase bench} reports it (docs/PERFORMANCE.md).
 *
 * <pre>{@code
 * BenchReport report = NationBench.builder().dossiers(1_000).build().run();
 * }</pre>
 *
 * <p>The nation is rated in slices of {@value #SLICE} dossiers generated beforehand, so that it
 * never sits in memory at once. A first, untimed pass rates each slice in parallel and then one
 * dossier after the other on one thread, and compares every decision; the national batch is the
 * second pass, of which only the rating of each slice is timed. Peak resident memory depends on
 * the heap setting: run with {@code -Xmx320m} to compare with the target of docs/PERFORMANCE.md.
 */
public final class NationBench {

  /** The millésime of the nation. */
  public static final int EDITION = 2022;
  /** The seed of the nation's first dossier. */
  public static final long SEED = 20_220_000L;
  /** Dossiers of the full nation. */
  public static final int NATION_DOSSIERS = 36_000;
  /** Initiatives per dossier of the full nation. */
  public static final int NATION_INITIATIVES = 60;
  /** Dossiers generated and rated at a time in the national batch. */
  static final int SLICE = 100;
  /** The most dossiers of the sample the throughputs are measured on. */
  static final int SAMPLE = 1_000;

  private final int dossiers;
  private final int initiatives;
  private final int threads;
  private final Consumer<String> progress;

  private NationBench(Builder builder) {
    this.dossiers = builder.dossiers;
    this.initiatives = builder.initiatives;
    this.threads = builder.threads;
    this.progress = builder.progress;
  }

  /** @return a builder for the full nation on all cores */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs every measure, in order: build, throughputs, lower bound, national batch with its
   * sequential check, JSON.
   *
   * @return the figures
   * @throws UncheckedIOException when the temporary JSON file cannot be written or read
   * @throws IllegalStateException when a generated dossier is not valid
   */
  public BenchReport run() {
    progress.accept("building the engine of " + EDITION);
    long t0 = System.nanoTime();
    LabelEngine engine = LabelEngine.builder().edition(EDITION).build();
    long buildMs = (System.nanoTime() - t0) / 1_000_000;

    DossierGenerator generator = DossierGenerator.forEdition(EDITION).initiatives(initiatives, initiatives);
    List<Dossier> sample = generate(generator, 0, Math.min(dossiers, SAMPLE));
    // Small runs (tests) measure briefly; the nation measures for seconds.
    long budgetMs = Math.max(20, Math.min(3_000, dossiers / 12));

    // Warm up on both cores first, so that the compilers are done before the first measure.
    progress.accept("warming up on " + sample.size() + " dossiers");
    timed(sample, 2, 3 * budgetMs, d -> engine.evaluate(d).arobases());
    progress.accept("throughput, 1 thread");
    double throughput1 = throughput(sample, 1, budgetMs, d -> engine.evaluate(d).arobases());
    progress.accept("throughput, 2 threads");
    double throughput2 = throughput(sample, 2, budgetMs, d -> engine.evaluate(d).arobases());
    progress.accept("plain-Java lower bound");
    LowerBound lowerBound = new LowerBound(engine.edition(), engine.matrix());
    double lower = throughput(sample, 1, budgetMs, lowerBound::rate);
    sample = null;

    long nationNanos = 0;
    long differences = 0;
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      // First, untimed: each slice in parallel, then one dossier after the other, compared. It
      // also brings the generator and the engine to their compiled state on fresh dossiers, so
      // that the timed batch measures rating after start-up (docs/PERFORMANCE.md), not the JIT.
      progress.accept("the nation, parallel against sequential: " + dossiers + " dossiers × " + initiatives
          + " initiatives");
      for (int from = 0; from < dossiers; from += SLICE) {
        List<Dossier> slice = generate(generator, from, Math.min(dossiers, from + SLICE));
        List<Decision> parallel = pool.submit(() -> engine.evaluateAll(slice)).get();
        for (int i = 0; i < slice.size(); i++) {
          if (!engine.evaluate(slice.get(i)).equals(parallel.get(i))) {
            differences++;
          }
        }
      }
      progress.accept("the nation, timed, on " + threads + " threads");
      for (int from = 0; from < dossiers; from += SLICE) {
        List<Dossier> slice = generate(generator, from, Math.min(dossiers, from + SLICE));
        long start = System.nanoTime();
        pool.submit(() -> engine.evaluateAll(slice)).get();
        nationNanos += System.nanoTime() - start;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the national batch failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }

    progress.accept("JSON: writing and reading the nation");
    long[] json = json(generator);
    double jsonMBps = json[0] / 1e6 / (json[1] / 1e9);

    return new BenchReport(buildMs, throughput1, throughput2, lower, lower / throughput1, nationNanos / 1_000_000,
        Memory.peakRssMb(), Memory.xmx(), jsonMBps, differences, dossiers, initiatives, threads, json[0]);
  }

  private static List<Dossier> generate(DossierGenerator generator, int from, int to) {
    return IntStream.range(from, to).parallel().mapToObj(n -> generator.dossier(SEED + n)).toList();
  }

  /**
   * Rates the sample in a loop on each thread, first to warm up, then three times for the
   * budget, and keeps the median.
   */
  static double throughput(List<Dossier> sample, int threads, long budgetMs, ToLongFunction<Dossier> rate) {
    timed(sample, threads, budgetMs, rate);
    double[] runs = new double[3];
    for (int r = 0; r < runs.length; r++) {
      runs[r] = timed(sample, threads, budgetMs, rate);
    }
    Arrays.sort(runs);
    return runs[1];
  }

  private static volatile long sink;

  /** @return the dossiers rated per second by {@code threads} threads for {@code budgetMs} */
  static double timed(List<Dossier> sample, int threads, long budgetMs, ToLongFunction<Dossier> rate) {
    LongAdder count = new LongAdder();
    long start = System.nanoTime();
    long deadline = start + budgetMs * 1_000_000;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t * sample.size() / threads;
      Thread worker = new Thread(() -> {
        long local = 0;
        long n = 0;
        int i = offset;
        do {
          for (int k = 0; k < 64; k++) {
            local += rate.applyAsLong(sample.get(i));
            i = i + 1 == sample.size() ? 0 : i + 1;
            n++;
          }
        } while (System.nanoTime() < deadline);
        count.add(n);
        sink += local;
      }, "bench-" + t);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return count.sum() / ((System.nanoTime() - start) / 1e9);
  }

  /** @return the size of the nation's JSON file and the nanoseconds to read and validate it */
  private long[] json(DossierGenerator generator) {
    Path file = null;
    try {
      file = Files.createTempFile("arobase-bench-", ".json");
      try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
        LabelJson.standard().compact().writeDossiers(() -> lazily(generator), out);
      }
      long bytes = Files.size(file);
      DossierValidator validator = DossierValidator.standard();
      LabelJson reader = LabelJson.standard().withLimits(JsonLimits.defaults()
          .withMaxDocumentBytes(Math.max(JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES, bytes))
          .withMaxDossiers(Math.max(JsonLimits.DEFAULT_MAX_DOSSIERS, dossiers)));
      long start = System.nanoTime();
      long valid = 0;
      DossierResult invalid = null;
      try (Stream<DossierResult> results = reader.streamDossiers(file, validator)) {
        for (Iterator<DossierResult> i = results.iterator(); i.hasNext(); ) {
          DossierResult result = i.next();
          if (result.isValid()) {
            valid++;
          } else if (invalid == null) {
            invalid = result;
          }
        }
      }
      long nanos = System.nanoTime() - start;
      if (valid != dossiers) {
        throw new IllegalStateException((dossiers - valid) + " dossiers of the nation read back from JSON are not valid,"
            + " the first: " + (invalid == null ? "(missing)" : invalid.source() + " " + invalid.errors()));
      }
      return new long[] {bytes, nanos};
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write or read the nation's JSON file " + file, e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          progress.accept("cannot delete " + file + ": " + e.getMessage());
        }
      }
    }
  }

  private Iterator<Dossier> lazily(DossierGenerator generator) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < dossiers;
      }

      @Override
      public Dossier next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return generator.dossier(SEED + next++);
      }
    };
  }

  /** Settings of a {@link NationBench}: by default the full nation on all cores. */
  public static final class Builder {
    private int dossiers = NATION_DOSSIERS;
    private int initiatives = NATION_INITIATIVES;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Consumer<String> progress = message -> { };

    private Builder() {}

    /**
     * @param n dossiers in the nation, at least 1
     * @return this builder
     */
    public Builder dossiers(int n) {
      this.dossiers = positive(n, "dossiers");
      return this;
    }

    /**
     * @param n initiatives per dossier, at least 1
     * @return this builder
     */
    public Builder initiatives(int n) {
      this.initiatives = positive(n, "initiatives");
      return this;
    }

    /**
     * @param n threads of the national batch, at least 1
     * @return this builder
     */
    public Builder threads(int n) {
      this.threads = positive(n, "threads");
      return this;
    }

    /**
     * @param progress told each step as it starts
     * @return this builder
     */
    public Builder progress(Consumer<String> progress) {
      this.progress = java.util.Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** @return the benchmark */
    public NationBench build() {
      return new NationBench(this);
    }

    private static int positive(int n, String what) {
      if (n < 1) {
        throw new IllegalArgumentException(what + " must be at least 1, not " + n);
      }
      return n;
    }
  }
}
