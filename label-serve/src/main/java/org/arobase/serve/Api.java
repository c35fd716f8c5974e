package org.arobase.serve;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.arobase.core.Edition;
import org.arobase.core.decision.Decision;
import org.arobase.core.validation.Severity;
import org.arobase.core.validation.Violation;
import org.arobase.json.DossierResult;
import org.arobase.json.JsonCodes;
import org.arobase.json.LabelJson;
import org.arobase.json.RatingResult;
import org.arobase.report.DecisionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handlers of the endpoints (docs/SERVE.md). Each reads its body as a stream through
 * {@link BoundedBody}, gives it to the reader of {@code arobase validate} and {@code rate}, and
 * writes the answer with {@link LabelJson}, the writer of the command line.
 */
final class Api {

  private static final Logger LOG = LoggerFactory.getLogger(Api.class);

  /** The source label of the dossiers of a request body ({@code request#3} for the fourth of an array). */
  static final String SOURCE = "request";

  static final String JSON = "application/json";
  private static final String JSON_UTF8 = "application/json; charset=utf-8";
  private static final String HTML_UTF8 = "text/html; charset=utf-8";

  /** The codes of a body that could not be read as JSON at all: the error is named after them. */
  private static final Set<String> UNREADABLE = Set.of(JsonCodes.JSON_SYNTAX, JsonCodes.JSON_READ_FAILED,
      JsonCodes.JSON_LIMIT_DOCUMENT_SIZE, JsonCodes.JSON_LIMIT_DEPTH, JsonCodes.JSON_LIMIT_STRING,
      JsonCodes.JSON_LIMIT_NUMBER, JsonCodes.JSON_LIMIT_DOSSIERS);

  /** An answer other than 200, thrown by a handler and written by the server as {@link ApiError#json()}. */
  static final class Failure extends RuntimeException {
    final transient ApiError error;

    Failure(ApiError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }

  private final Engines engines;
  private final ServeLimits limits;
  private final LabelJson json;
  private final String millesimes;
  private final String openApi;
  private final byte[] page;

  Api(Engines engines, ServeLimits limits) {
    this.json = LabelJson.standard().withLocale(engines.locale());
    this.engines = engines;
    this.limits = limits;
    this.millesimes = Millesimes.json(engines.data().editions()) + "\n";
    this.openApi = OpenApi.document(limits);
    this.page = resource("index.html");
  }

  // ------------------------------------------------------------------------------- GET

  void health(Context ctx) {
    List<Integer> years = engines.data().editions().stream().map(Edition::year).toList();
    ctx.contentType(JSON_UTF8).result("{\"status\": \"UP\", \"millesimes\": " + years + ", \"engines\": "
        + engines.built() + "}\n");
  }

  void millesimes(Context ctx) {
    ctx.contentType(JSON_UTF8).result(millesimes);
  }

  void matrix(Context ctx) {
    String year = ctx.pathParam("year");
    Optional<Edition> edition = Optional.empty();
    if (year.matches("[0-9]{1,4}")) {
      edition = engines.data().find(Integer.parseInt(year));
    }
    if (edition.isEmpty()) {
      throw new Failure(ApiError.of(404, ApiError.MILLESIME_UNKNOWN, "unknown millésime '" + year + "'; known: "
          + engines.data().editions().stream().map(Edition::year).toList()));
    }
    ctx.contentType(JSON_UTF8).result(json.writeMatrix(engines.data().matrix(edition.get().matrixVersion())));
  }

  void openApi(Context ctx) {
    ctx.contentType(JSON_UTF8).result(openApi);
  }

  void page(Context ctx) {
    ctx.contentType(HTML_UTF8).result(page);
  }

  // ------------------------------------------------------------------------------- POST

  /** A dossier: 200 and its warnings when valid, 400 and its violations when not; an array: each one's violations. */
  void validate(Context ctx) {
    List<DossierResult> read = read(ctx, true);
    if (isSingle(read)) {
      DossierResult only = read.get(0);
      if (!only.isValid()) {
        throw new Failure(invalid(only.violations()));
      }
      ctx.contentType(JSON_UTF8).result("{\"valid\": true, \"violations\": " + json.writeViolations(only.violations())
          .strip() + "}\n");
      return;
    }
    StringWriter out = new StringWriter();
    json.writeValidation(read, out);
    ctx.contentType(JSON_UTF8).result(out.toString());
  }

  /** A dossier: 200 and its decision, as {@code rate --format json} writes it, or 400; an array: one result each. */
  void rate(Context ctx) {
    // The body is read as it comes, before the turn to rate: a slow client holds no permit.
    List<DossierResult> read = read(ctx, false);
    Answer answer = engines.atMostMaxRatings(() -> {
      // Written as UTF-8 bytes at once, never as a String: a decision is tens of kilobytes of JSON.
      Answer out = new Answer();
      if (isSingle(read)) {
        json.write(decision(engines.rate(read.get(0))), out);
      } else {
        json.writeRatings(read.stream().map(engines::rate).toList(), out);
      }
      return out;
    });
    answer.send(ctx, JSON_UTF8);
  }

  /** One dossier: 200 and the HTML report of its decision ({@code arobase report}), or 400. */
  void report(Context ctx) {
    List<DossierResult> read = read(ctx, false);
    if (!isSingle(read)) {
      throw new Failure(ApiError.of(400, ApiError.BAD_REQUEST, "the report is of one dossier; the body holds "
          + read.size() + " (an array)"));
    }
    String page = engines.atMostMaxRatings(() -> DecisionReport.render(read.get(0).dossier().orElseThrow(),
        decision(engines.rate(read.get(0))), engines.locale()));
    ctx.contentType(HTML_UTF8).result(page);
  }

  /**
   * An answer written whole before it is sent, so that a failure on the way is still an error
   * answer. Sent as it is, with its length, to a client that asks for no compression: Javalin's
   * result would copy it through its compressing stream, in chunks. A client that sends
   * {@code Accept-Encoding} gets it through Javalin, compressed when it takes gzip.
   */
  static final class Answer extends ByteArrayOutputStream {
    Answer() {
      super(64 * 1024);
    }

    void send(Context ctx, String type) {
      String encodings = ctx.header("Accept-Encoding");
      if (encodings != null && !encodings.isBlank()) {
        ctx.contentType(type).result(toByteArray());
        return;
      }
      HttpServletResponse response = ctx.res();
      response.setContentType(type);
      response.setContentLength(count);
      try {
        response.getOutputStream().write(buf, 0, count);
      } catch (IOException e) {
        // The client is gone: there is no one left to answer.
        LOG.debug("{} {}: the answer could not be sent: {}", ctx.method(), ctx.path(), e.toString());
      }
    }
  }

  // ------------------------------------------------------------------------------- reading

  /**
   * @param validate whether each dossier is validated as it is read (for {@code validate}), or its
   *     JSON only (the engine validates, once)
   * @return the dossiers of the body, as the command line reads a file
   */
  private List<DossierResult> read(Context ctx, boolean validate) {
    String type = ctx.contentType();
    String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals(JSON)) {
      throw new Failure(ApiError.of(415, ApiError.UNSUPPORTED_MEDIA_TYPE, "the body must be JSON, sent as "
          + "Content-Type: application/json" + (type == null ? "" : "; not " + type)));
    }
    long declared = ctx.req().getContentLengthLong();
    BoundedBody body;
    try {
      body = new BoundedBody(ctx.req().getInputStream(), limits.maxBodyBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (declared > limits.maxBodyBytes()) {
      body.discard(limits.maxDiscardedBytes());
      throw tooLarge(declared + " bytes");
    }
    List<DossierResult> read = validate ? json.readDossiers(SOURCE, body, engines.validator()) : json.readDossiers(SOURCE, body);
    if (body.exceeded()) {
      body.discard(limits.maxDiscardedBytes());
      throw tooLarge("more than " + limits.maxBodyBytes() + " bytes");
    }
    DossierResult first = read.isEmpty() ? null : read.get(0);
    if (isSingle(read) && first.dossier().isEmpty()) {
      // Not a dossier at all (broken JSON, a limit) or not one that could be built: nothing to rate.
      List<Violation> errors = first.errors();
      String code = errors.size() == 1 && UNREADABLE.contains(errors.get(0).code()) ? errors.get(0).code()
          : ApiError.DOSSIER_INVALID;
      throw new Failure(new ApiError(400, code, code.equals(ApiError.DOSSIER_INVALID)
          ? "the body is not a dossier that can be read: " + count(errors) : errors.get(0).message(), first.violations()));
    }
    return read;
  }

  private Failure tooLarge(String size) {
    return new Failure(ApiError.of(413, ApiError.BODY_TOO_LARGE, "the body has " + size + "; at most "
        + limits.maxBodyBytes() + " bytes (" + limits.maxBodyBytes() / (1024 * 1024) + " MiB) are read"));
  }

  /** @return whether the body held one dossier object (or could not be read at all), rather than an array */
  private static boolean isSingle(List<DossierResult> read) {
    return read.size() == 1 && read.get(0).source().equals(SOURCE);
  }

  /** @return the decision of a rated dossier; otherwise the answer that says why it was not rated */
  private static Decision decision(RatingResult result) {
    if (result.decision().isPresent()) {
      return result.decision().get();
    }
    boolean ruleFailed = result.violations().stream().anyMatch(v -> v.code().equals(Ratings.RULE_FAILED));
    if (ruleFailed) {
      throw new Failure(new ApiError(500, Ratings.RULE_FAILED, "the rules failed on this dossier", result.violations()));
    }
    throw new Failure(invalid(result.violations()));
  }

  private static ApiError invalid(List<Violation> violations) {
    return new ApiError(400, ApiError.DOSSIER_INVALID, "the dossier is invalid: " + count(violations), violations);
  }

  private static String count(List<Violation> violations) {
    long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
    return errors + " error" + (errors == 1 ? "" : "s");
  }

  static byte[] resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(InputStream in, String name) {
    try (in) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
