package org.arobase.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.arobase.cli.bench.BenchReport;
import org.arobase.cli.bench.NationBench;
import org.arobase.cli.bench.ServeBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arobase bench}: rates a synthetic nation and prints the figures of docs/PERFORMANCE.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Rate a reproducible synthetic nation (millésime 2022, fixed seeds) and print the figures:",
        "KieBase build, warm throughput with 1 and 2 threads, a plain-Java lower bound on the same dossiers,",
        "the national batch on all cores, peak resident memory, JSON read-and-validate speed, and the",
        "decisions that differ between the parallel batch and a sequential run.",
        "Peak memory depends on the heap: the figures of docs/PERFORMANCE.md are measured with",
        "java -Xmx320m -jar arobase.jar bench (the heap setting is printed as xmx).",
        "Exit code 0 when no decision differs, 1 otherwise."})
final class BenchCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--dossiers", paramLabel = "N", description = "Dossiers in the nation (default: ${DEFAULT-VALUE}).")
  int dossiers = NationBench.NATION_DOSSIERS;

  @Option(names = "--initiatives", paramLabel = "N", description = "Initiatives per dossier (default: ${DEFAULT-VALUE}).")
  int initiatives = NationBench.NATION_INITIATIVES;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads of the national batch (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--serve", negatable = false,
      description = "Measure the service instead (arobase serve on 127.0.0.1, a free port): warmed up until the "
          + "JIT is quiet, then --rounds rounds in which --clients concurrent clients each ask for --requests "
          + "ratings, every answer checked against the engine's decision, each round followed by as long a rating "
          + "in-process; prints the two throughputs, their ratio (serveRatio) and the latency percentiles. Exit code "
          + "1 on any error.")
  boolean serve;

  @Option(names = "--calibrate", negatable = false,
      description = "Measure arobase calibrate instead: --dossiers dossiers (default 300 here) awarded by a hidden "
          + "jury stricter than the bundled method; prints the time to calibrate, the agreement, cross-validated, "
          + "and on as many held-out dossiers (at most 200).")
  boolean calibrate;

  @Option(names = "--clients", paramLabel = "N", description = "With --serve: concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients = 32;

  @Option(names = "--requests", paramLabel = "N",
      description = "With --serve: ratings each client asks for (default: ${DEFAULT-VALUE}).")
  int requests = 40;

  @Option(names = "--rounds", paramLabel = "N",
      description = "With --serve: measured rounds of --clients x --requests, after the warm-up; the throughput is "
          + "the median round's (default: ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Override
  public Integer call() {
    if (serve) {
      return serve();
    }
    if (calibrate) {
      return calibrate();
    }
    if (dossiers < 1 || initiatives < 1 || threads < 1) {
      throw new UsageException("--dossiers, --initiatives and --threads take a number of at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    BenchReport report = NationBench.builder().dossiers(dossiers).initiatives(initiatives).threads(threads)
        .progress(message -> {
          err.println("bench: " + message);
          err.flush();
        })
        .build().run();
    PrintWriter out = spec.commandLine().getOut();
    out.println(format == Format.json ? json(report) : text(report));
    out.flush();
    return report.differences() == 0 ? Arobase.OK : Arobase.INVALID;
  }

  private int serve() {
    if (clients < 1 || clients > 256 || requests < 1 || requests > 10_000 || rounds < 1 || rounds > 100
        || initiatives < 1 || threads < 1) {
      throw new UsageException("--clients takes 1 to 256, --requests 1 to 10000, --rounds 1 to 100, --initiatives and "
          + "--threads at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    ServeBench.Report report = new ServeBench(clients, requests, rounds, initiatives, threads, ServeBench.MAX_WARMUP,
        message -> {
          err.println("bench: " + message);
          err.flush();
        }).run();
    PrintWriter out = spec.commandLine().getOut();
    out.println(format == Format.json ? ServeBench.json(report) : ServeBench.text(report));
    out.flush();
    return report.errors() == 0 ? Arobase.OK : Arobase.INVALID;
  }

  private int calibrate() {
    int n = dossiers == NationBench.NATION_DOSSIERS ? 300 : dossiers;
    if (n < 10) {
      throw new UsageException("--calibrate takes --dossiers of at least 10");
    }
    PrintWriter err = spec.commandLine().getErr();
    var report = org.arobase.cli.bench.CalibrationBench.run(n, message -> {
      err.println("bench: " + message);
      err.flush();
    });
    PrintWriter out = spec.commandLine().getOut();
    out.println(format == Format.json ? org.arobase.cli.bench.CalibrationBench.json(report)
        : org.arobase.cli.bench.CalibrationBench.text(report));
    out.flush();
    return Arobase.OK;
  }

  static String json(BenchReport r) {
    return "{\"buildMs\": " + r.buildMs()
        + ", \"throughput1\": " + round(r.throughput1())
        + ", \"throughput2\": " + round(r.throughput2())
        + ", \"lowerBoundThroughput\": " + round(r.lowerBoundThroughput())
        + ", \"ratio\": " + round(r.ratio())
        + ", \"nationMs\": " + r.nationMs()
        + ", \"peakRssMb\": " + r.peakRssMb()
        + ", \"xmx\": \"" + r.xmx().replace("\\", "\\\\").replace("\"", "\\\"") + "\""
        + ", \"jsonMBps\": " + round(r.jsonMBps())
        + ", \"differences\": " + r.differences()
        + ", \"dossiers\": " + r.dossiers()
        + ", \"initiatives\": " + r.initiatives()
        + ", \"threads\": " + r.threads()
        + ", \"jsonBytes\": " + r.jsonBytes() + "}";
  }

  static String text(BenchReport r) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "nation: %,d dossiers x %d initiatives, millésime %d, %d thread%s, heap %s%n",
        r.dossiers(), r.initiatives(), NationBench.EDITION, r.threads(), r.threads() > 1 ? "s" : "", r.xmx()));
    line(out, "KieBase build", String.format(Locale.ROOT, "%,d ms", r.buildMs()), "");
    line(out, "throughput, 1 thread", String.format(Locale.ROOT, "%,.0f dossiers/s", r.throughput1()), "");
    line(out, "throughput, 2 threads", String.format(Locale.ROOT, "%,.0f dossiers/s", r.throughput2()), "");
    line(out, "plain-Java lower bound", String.format(Locale.ROOT, "%,.0f dossiers/s", r.lowerBoundThroughput()), "");
    line(out, "ratio lower bound/1 thread", String.format(Locale.ROOT, "%.1f", r.ratio()), "target <= 30");
    line(out, "national batch", String.format(Locale.ROOT, "%,d ms", r.nationMs()),
        r.dossiers() == NationBench.NATION_DOSSIERS && r.initiatives() == NationBench.NATION_INITIATIVES
            ? "target <= 2,500 ms" : "");
    line(out, "peak resident memory", r.peakRssMb() < 0 ? "unknown" : String.format(Locale.ROOT, "%,d MiB", r.peakRssMb()),
        "target <= 512 MiB");
    line(out, "JSON read and validate", String.format(Locale.ROOT, "%.1f MB/s (%,d bytes)", r.jsonMBps(), r.jsonBytes()),
        "target >= 50 MB/s");
    line(out, "differences", String.valueOf(r.differences()), "parallel against sequential, target 0");
    return out.toString().stripTrailing();
  }

  private static void line(StringBuilder out, String what, String value, String note) {
    out.append(String.format(Locale.ROOT, "  %-28s %-28s %s%n", what, value, note).stripTrailing()).append('\n');
  }

  private static double round(double x) {
    return Math.round(x * 10) / 10.0;
  }
}
