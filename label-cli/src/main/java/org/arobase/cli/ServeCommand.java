package org.arobase.cli;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.arobase.serve.LabelServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arobase serve}: the label as a local web API (docs/SERVE.md). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the label as a local web API: POST /v1/validate, /v1/rate and /v1/report, GET /v1/millesimes,",
        "/v1/matrix/{year}, /openapi.json, /health, and a page at / to paste a dossier. JSON in the format of",
        "docs/FORMAT.md; the decisions are those of arobase rate. Bound to 127.0.0.1 unless --host says otherwise;",
        "no authentication. Stops gracefully on SIGTERM or Ctrl-C (requests in flight finish)."})
final class ServeCommand implements Callable<Integer> {

  /** The servers this process' {@code serve} commands run, for {@link #stopAll()}. */
  private static final Set<Running> RUNNING = ConcurrentHashMap.newKeySet();

  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "The port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = LabelServer.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "H",
      description = "The address to bind to (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 opens the service "
          + "to the network, without authentication).")
  String host = LabelServer.DEFAULT_HOST;

  @Option(names = "--no-geography", negatable = false,
      description = "Skip the checks against the official geography (as validate and rate --no-geography).")
  boolean noGeography;

  /** A server and what waits for its end. */
  private record Running(LabelServer server, CountDownLatch stopped, Thread hook) {
    void stop() {
      server.stop();
      stopped.countDown();
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new UsageException("--port takes a number from 0 to 65535, not " + port);
    }
    Arobase root = (Arobase) spec.root().userObject();
    LabelServer server = LabelServer.builder().host(host).port(port).data(root.data()).geography(!noGeography)
        .locale(root.locale()).build();
    try {
      server.start();
    } catch (IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Running[] running = new Running[1];
    Thread hook = new Thread(() -> running[0].stop(), "arobase-serve-stop");
    running[0] = new Running(server, stopped, hook);
    RUNNING.add(running[0]);
    Runtime.getRuntime().addShutdownHook(hook);
    spec.commandLine().getOut().println(Terminal.safe("arobase: serving on " + server.address()
        + " (POST /v1/rate, /v1/validate, /v1/report; GET /openapi.json; SIGTERM or Ctrl-C to stop)"));
    spec.commandLine().getOut().flush();
    stopped.await();
    RUNNING.remove(running[0]);
    return Arobase.OK;
  }

  /** Stops every server of this process' {@code serve} commands, as SIGTERM would (for the tests). */
  static void stopAll() {
    for (Running r : RUNNING) {
      Runtime.getRuntime().removeShutdownHook(r.hook());
      r.stop();
    }
  }
}
