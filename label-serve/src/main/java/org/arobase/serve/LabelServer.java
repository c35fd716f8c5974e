package org.arobase.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.arobase.core.LabelData;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The label as a local web API ({@code arobase serve}, docs/SERVE.md): validation, rating and
 * reports of dossiers over HTTP, JSON in and out in the format of docs/FORMAT.md, an OpenAPI
 * document and a page for people. One engine per millésime is built once and shared by every
 * request; the decisions are those of {@code arobase rate}.
 *
 * <pre>{@code
 * LabelServer server = LabelServer.builder().port(0).build().start();   // 127.0.0.1, a free port
 * URI rate = server.address().resolve("/v1/rate");
 * ...
 * server.stop();                                                         // lets requests in flight finish
 * }</pre>
 */
public final class LabelServer {

  /** The host the server binds to unless told otherwise: the loopback, reachable from this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";
  /** The port the server listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 8080;

  /** The endpoints that take a POST; every other one takes a GET. */
  private static final java.util.Set<String> POSTED = java.util.Set.of("/v1/validate", "/v1/rate", "/v1/report");

  private static final Logger LOG = LoggerFactory.getLogger(LabelServer.class);

  private final String host;
  private final int port;
  private final LabelData data;
  private final ServeLimits limits;
  private final boolean geography;
  private final GracefulHandler graceful = new GracefulHandler();
  private Javalin app;

  private final Locale locale;

  private LabelServer(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.data = builder.data;
    this.limits = builder.limits;
    this.geography = builder.geography;
    this.locale = builder.locale;
  }

  /** @return a builder: 127.0.0.1, port 8080, the bundled data, the default limits, the geography checked */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds the engine of the newest millésime, loads the geography, and starts listening.
   *
   * @return this server, listening
   * @throws IllegalStateException when it is started twice, or the port cannot be bound
   */
  public synchronized LabelServer start() {
    if (app != null) {
      throw new IllegalStateException("the server is already started");
    }
    Engines engines = new Engines(data, geography, locale, limits.maxRatings());
    engines.engine(data.newest().year());
    Api api = new Api(engines, limits);
    Javalin created = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.prefer405over404 = true;
      config.http.maxRequestSize = limits.maxBodyBytes();
      config.jetty.host = host;
      config.jetty.port = port;
      QueuedThreadPool pool = new QueuedThreadPool(limits.maxThreads(), Math.min(4, limits.maxThreads()), 60_000);
      pool.setName("arobase-serve");
      config.jetty.threadPool = pool;
      config.jetty.modifyHttpConfiguration(http -> {
        http.setSendServerVersion(false);
        http.setIdleTimeout(limits.idleTimeout().toMillis());
      });
      config.jetty.modifyServletContextHandler(context -> context.insertHandler(graceful));
      config.jetty.modifyServer(server -> {
        // The graceful handler counts the requests until their answer is sent and, once stop() begins,
        // refuses new ones with 503 (see stop()).
        server.setStopTimeout(limits.stopTimeout().toMillis());
        server.setErrorHandler(new JsonErrorHandler());
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
      });
      config.routes.get("/", api::page);
      config.routes.get("/health", api::health);
      config.routes.get("/openapi.json", api::openApi);
      config.routes.get("/v1/millesimes", api::millesimes);
      config.routes.get("/v1/matrix/{year}", api::matrix);
      config.routes.post("/v1/validate", api::validate);
      config.routes.post("/v1/rate", api::rate);
      config.routes.post("/v1/report", api::report);
      config.routes.exception(Api.Failure.class, (e, ctx) -> answer(ctx, e.error));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, fromStatus(ctx, e.getStatus(),
          e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        // Never a stack trace, in the answer or on the console: one line says what happened.
        LOG.error("{} {}: unexpected {}", ctx.method(), ctx.path(), e.toString().replaceAll("\\p{Cntrl}", " "));
        answer(ctx, ApiError.of(500, ApiError.INTERNAL_ERROR, "unexpected error; the request was not handled"));
      });
      // An answer already written (a handler's own 404 or 405) is kept; the others are Javalin's, said in JSON.
      config.routes.error(404, ctx -> unanswered(ctx, notFound(ctx)));
      config.routes.error(405, ctx -> unanswered(ctx, methodNotAllowed(ctx)));
    });
    try {
      created.start();
    } catch (RuntimeException e) {
      created.stop();
      throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
    }
    app = created;
    return this;
  }

  private static void answer(Context ctx, ApiError error) {
    if (error.status() == 405) {
      ctx.header("Allow", POSTED.contains(ctx.path()) ? "POST" : "GET");
    }
    ctx.status(error.status()).contentType("application/json; charset=utf-8").result(error.json());
  }

  private static ApiError notFound(Context ctx) {
    return ApiError.of(404, ApiError.NOT_FOUND, "no such endpoint: " + ctx.path() + " (GET /openapi.json lists them)");
  }

  private static ApiError methodNotAllowed(Context ctx) {
    return ApiError.of(405, ApiError.METHOD_NOT_ALLOWED, "method " + ctx.method() + " is not allowed on " + ctx.path()
        + "; it takes " + (POSTED.contains(ctx.path()) ? "POST" : "GET"));
  }

  private static void unanswered(Context ctx, ApiError error) {
    if (ctx.result() == null) {
      answer(ctx, error);
    }
  }

  private static ApiError fromStatus(Context ctx, int status, String message) {
    return switch (status) {
      case 404 -> notFound(ctx);
      case 405 -> methodNotAllowed(ctx);
      case 413 -> ApiError.of(413, ApiError.BODY_TOO_LARGE, "the body is too large");
      case 415 -> ApiError.of(415, ApiError.UNSUPPORTED_MEDIA_TYPE, "unsupported content type");
      default -> ApiError.of(status, status >= 500 ? ApiError.INTERNAL_ERROR : ApiError.BAD_REQUEST,
          message == null || message.isBlank() ? "the request cannot be handled" : message);
    };
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /**
   * Stops the server gracefully: new requests get {@code 503}, those in flight finish and are answered
   * whole (within {@link ServeLimits#stopTimeout()}), then the server stops accepting connections and
   * closes. Does nothing when it is not started.
   */
  public synchronized void stop() {
    if (app == null) {
      return;
    }
    LOG.debug("stopping with {} requests in flight", graceful.getCurrentRequestCount());
    // The requests in flight finish first, with the connections' usual idle timeout: Jetty's own stop
    // closes a connection after 1 s without progress, which would cut the answer to a client that
    // pauses, and an answer begun during that stop is not chunked, so the cut would not show.
    try {
      graceful.shutdown().get(limits.stopTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.warn("{} requests still in flight after {} s: they are cut", graceful.getCurrentRequestCount(),
          limits.stopTimeout().toSeconds());
    } catch (ExecutionException e) {
      LOG.warn("stopping: {}", e.getCause().toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    app.stop();
    app = null;
  }

  /** @return the port the server listens on (the one chosen by the system when built with port 0) */
  public synchronized int port() {
    if (app == null) {
      throw new IllegalStateException("the server is not started");
    }
    return app.port();
  }

  /** @return the requests being handled now */
  int inFlight() {
    return (int) graceful.getCurrentRequestCount();
  }

  /** @return the host the server is bound to */
  public String host() {
    return host;
  }

  /** @return the address of the server, e.g. {@code http://127.0.0.1:8080/} */
  public URI address() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port() + "/");
  }

  /** Builds a {@link LabelServer}. */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private LabelData data = LabelData.bundled();
    private ServeLimits limits = ServeLimits.defaults();
    private boolean geography = true;
    private Locale locale = Locale.FRENCH;

    private Builder() {}

    /**
     * @param locale the language of the messages, reasons and report pages: French by default, English
     *     for a locale whose language is English
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = locale == null || !locale.getLanguage().equals("en") ? Locale.FRENCH : Locale.ENGLISH;
      return this;
    }

    /**
     * @param host the address to bind to: {@value #DEFAULT_HOST} by default; {@code 0.0.0.0} opens the
     *     service to the network (it has no authentication)
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * @param port the port, 0 for one the system chooses
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("a port is between 0 and 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * @param data the data of the millésimes ({@code LabelData.load(dir)} for {@code --data DIR})
     * @return this builder
     */
    public Builder data(LabelData data) {
      this.data = Objects.requireNonNull(data, "data");
      return this;
    }

    /**
     * @param limits the limits of the requests and of the workers
     * @return this builder
     */
    public Builder limits(ServeLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * @param geography whether dossiers are checked against the official geography, as the command line
     *     does unless {@code --no-geography} (on by default)
     * @return this builder
     */
    public Builder geography(boolean geography) {
      this.geography = geography;
      return this;
    }

    /** @return the server, not yet started */
    public LabelServer build() {
      return new LabelServer(this);
    }
  }
}
