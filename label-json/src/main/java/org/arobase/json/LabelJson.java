package org.arobase.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.arobase.core.Dossier;
import org.arobase.core.decision.Decision;
import org.arobase.core.internal.Messages;
import org.arobase.core.matrix.ServiceMatrix;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Violation;

/**
 * Reads and writes dossiers, decisions, violations and the matrix in JSON format v1
 * (docs/FORMAT.md). Immutable and thread-safe: share one instance.
 *
 * <p>Reading a source never throws for bad content: every dossier of it gives a
 * {@link DossierResult} with all its problems, the JSON ones (each with pointer, line, column
 * and a code of {@link JsonCodes}) followed by the validator's. The messages are in French unless
 * the instance is made {@link #withLocale(Locale) withLocale(Locale.ENGLISH)}; the codes and
 * pointers are the stable contract, the messages are for people and may change.
 *
 * <pre>{@code
 * LabelJson json = LabelJson.standard();
 * for (DossierResult r : json.readDossiers(Path.of("dossiers.json"), DossierValidator.standard())) {
 *   r.violations().forEach(v -> System.err.println(r.source() + " " + v));
 * }
 * String text = json.write(dossier);
 * }</pre>
 */
public final class LabelJson {

  /** Made at first use, so that an old Jackson fails {@link #standard()} with the check's message. */
  private static final class Standard {
    static final LabelJson INSTANCE = new LabelJson(JsonLimits.defaults(), true, Locale.FRENCH);
  }

  /**
   * Jackson's feature (2.18 and later) that writes the characters beyond U+FFFF as they are in UTF-8,
   * or {@code null}: looked up by name, as a reference to it would fail to link on an older Jackson.
   */
  private static final JsonWriteFeature COMBINED_SURROGATES = feature("COMBINE_UNICODE_SURROGATES_IN_UTF8");

  private static JsonWriteFeature feature(String name) {
    try {
      return JsonWriteFeature.valueOf(name);
    } catch (IllegalArgumentException | LinkageError e) {
      // A Jackson too old: the check of the version says so when an instance is made.
      return null;
    }
  }

  private final JsonLimits limits;
  private final boolean pretty;
  private final JsonFactory factory;
  private final Messages messages;

  private LabelJson(JsonLimits limits, boolean pretty, Locale locale) {
    this.limits = limits;
    this.pretty = pretty;
    this.factory = factory(limits);
    this.messages = Cursor.messages(locale);
  }

  /**
   * @param limits the reading limits
   * @return a factory of parsers and generators that enforces them
   */
  private static JsonFactory factory(JsonLimits limits) {
    JacksonVersion.requireMinimum();
    JsonFactoryBuilder builder = new JsonFactoryBuilder();
    if (COMBINED_SURROGATES != null) {
      builder.enable(COMBINED_SURROGATES);
    }
    return builder
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .build())
        // Duplicates are reported by the reader, which goes on; Jackson's check would stop it.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build()
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /**
   * @return an instance with the default limits and French messages that writes indented JSON
   * @throws IllegalStateException if the Jackson on the classpath is older than 2.16
   */
  public static LabelJson standard() {
    JacksonVersion.requireMinimum();
    return Standard.INSTANCE;
  }

  /**
   * @param limits the reading limits
   * @return a copy of this instance with these limits
   */
  public LabelJson withLimits(JsonLimits limits) {
    return new LabelJson(Objects.requireNonNull(limits, "limits"), pretty, messages.locale());
  }

  /**
   * The language of the reader's messages: French by default, English on request. The codes and
   * pointers of the problems are the same in every language. The messages of a validator given to
   * the reading methods follow that validator's own {@link DossierValidator.Builder#locale locale}.
   *
   * @param locale {@link Locale#ENGLISH} (any English locale) for English; French for anything
   *     else and for {@code null}
   * @return a copy of this instance with messages in that language
   */
  public LabelJson withLocale(Locale locale) {
    return new LabelJson(limits, pretty, locale);
  }

  /** @return the language of the reader's messages, {@link Locale#FRENCH} or {@link Locale#ENGLISH} */
  public Locale locale() {
    return messages.locale();
  }

  /** @return a copy of this instance that writes JSON on one line, for large outputs */
  public LabelJson compact() {
    return new LabelJson(limits, false, messages.locale());
  }

  /** @return the reading limits */
  public JsonLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- reading sources of dossiers

  /**
   * Reads a file holding one dossier object or an array of dossiers.
   *
   * @param file the file; its results are labelled with {@code file.toString()}
   * @param validator checks each dossier once the JSON is read, e.g. {@link DossierValidator#standard()}
   * @return one result per dossier, in file order; a single result when the file is missing,
   *     too large or malformed
   */
  public List<DossierResult> readDossiers(Path file, DossierValidator validator) {
    Objects.requireNonNull(validator, "validator");
    try (DossierSource dossiers = open(file, validator)) {
      return dossiers.readAll();
    }
  }

  /**
   * Reads a file holding one dossier object or an array of dossiers, checking their JSON only: for
   * a caller that validates each dossier itself, for example through
   * {@code LabelEngine.evaluate}, which validates once.
   *
   * @param file the file; its results are labelled with {@code file.toString()}
   * @return one result per dossier, in file order, with the JSON's problems only; a single result
   *     when the file is missing, too large or malformed
   */
  public List<DossierResult> readDossiers(Path file) {
    try (DossierSource dossiers = open(file, null)) {
      return dossiers.readAll();
    }
  }

  /**
   * Reads a stream holding one dossier object or an array of dossiers, checking their JSON only;
   * the stream is not closed.
   *
   * @param source the label of the results, e.g. {@code -} for standard input
   * @param in the bytes, UTF-8 (or UTF-16/32 with its byte order mark)
   * @return one result per dossier, in order, with the JSON's problems only
   */
  public List<DossierResult> readDossiers(String source, InputStream in) {
    Objects.requireNonNull(in, "in");
    try (DossierSource dossiers = open(source, () -> parser(in), null)) {
      return dossiers.readAll();
    }
  }

  /**
   * Reads a stream holding one dossier object or an array of dossiers; the stream is not closed.
   *
   * @param source the label of the results, e.g. {@code -} for standard input
   * @param in the bytes, UTF-8 (or UTF-16/32 with its byte order mark)
   * @param validator checks each dossier once the JSON is read
   * @return one result per dossier, in order; a single result when the input is malformed
   */
  public List<DossierResult> readDossiers(String source, InputStream in, DossierValidator validator) {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(in, "in");
    try (DossierSource dossiers = open(source, () -> parser(in), validator)) {
      return dossiers.readAll();
    }
  }

  /**
   * Reads a text holding one dossier object or an array of dossiers.
   *
   * @param source the label of the results
   * @param json the text
   * @param validator checks each dossier once the JSON is read
   * @return one result per dossier, in order; a single result when the text is malformed
   */
  public List<DossierResult> readDossiers(String source, String json, DossierValidator validator) {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(json, "json");
    try (DossierSource dossiers = open(source, () -> factory.createParser(json), validator)) {
      return dossiers.readAll();
    }
  }

  /**
   * Reads a file lazily, one dossier at a time, so that a huge array never sits in memory.
   * Close the stream to close the file. A problem that makes the rest unreadable ends the
   * stream with one result labelled with the file name.
   *
   * @param file the file
   * @param validator checks each dossier once the JSON is read
   * @return the results, in file order
   */
  public Stream<DossierResult> streamDossiers(Path file, DossierValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return stream(open(file, validator));
  }

  /**
   * Reads a stream lazily, one dossier at a time; {@code in} is not closed.
   *
   * @param source the label of the results
   * @param in the bytes
   * @param validator checks each dossier once the JSON is read
   * @return the results, in order
   */
  public Stream<DossierResult> streamDossiers(String source, InputStream in, DossierValidator validator) {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(in, "in");
    return stream(open(source, () -> parser(in), validator));
  }

  /**
   * Reads a file lazily, one dossier at a time, checking the JSON only (the caller validates, for
   * example an engine, once). Close the stream to close the file.
   *
   * @param file the file
   * @return the results, in file order, with the JSON's problems only
   */
  public Stream<DossierResult> streamDossiers(Path file) {
    return stream(open(file, null));
  }

  /**
   * Reads a stream lazily, one dossier at a time, checking the JSON only; {@code in} is not closed.
   *
   * @param source the label of the results
   * @param in the bytes
   * @return the results, in order, with the JSON's problems only
   */
  public Stream<DossierResult> streamDossiers(String source, InputStream in) {
    Objects.requireNonNull(in, "in");
    return stream(open(source, () -> parser(in), null));
  }

  private interface ParserOpener {
    JsonParser open() throws IOException;
  }

  /**
   * @param in the bytes of a JSON text
   * @return a parser of them that refuses any byte sequence that is not well-formed UTF-8
   */
  private JsonParser parser(InputStream in) throws IOException {
    return factory.createParser(new StrictUtf8InputStream(in));
  }

  /** @param validator the checks, or {@code null} for the JSON only */
  private DossierSource open(Path file, DossierValidator validator) {
    String source = file.toString();
    try {
      if (!Files.exists(file)) {
        return new DossierSource(source, JsonCodes.JSON_READ_FAILED, messages.get("file.missing", source));
      }
      // A named pipe, a device or a directory: opening one could block forever, or read without end.
      if (!Files.isRegularFile(file)) {
        return new DossierSource(source, JsonCodes.JSON_READ_FAILED, messages.get("file.notRegular", source));
      }
      long size = Files.size(file);
      if (size > limits.maxDocumentBytes()) {
        return new DossierSource(source, JsonCodes.JSON_LIMIT_DOCUMENT_SIZE,
            messages.get("limit.fileSize", size, limits.maxDocumentBytes()));
      }
      InputStream in = Files.newInputStream(file);
      try {
        // The parser owns the file: its close closes it.
        JsonParser parser = parser(in).enable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        return new DossierSource(source, parser, validator, limits, messages);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    } catch (NoSuchFileException e) {
      return new DossierSource(source, JsonCodes.JSON_READ_FAILED, messages.get("file.missing", source));
    } catch (IOException e) {
      return unopened(source, e);
    }
  }

  /** @return the source whose one result is what opening it threw */
  private DossierSource unopened(String source, IOException e) {
    Violation problem = Cursor.openingProblem(e, source, messages);
    return new DossierSource(source, problem.code(), problem.message());
  }

  /** @param validator the checks, or {@code null} for the JSON only */
  private DossierSource open(String source, ParserOpener opener, DossierValidator validator) {
    Objects.requireNonNull(source, "source");
    try {
      return new DossierSource(source, opener.open(), validator, limits, messages);
    } catch (IOException e) {
      // A text longer than the limit is refused when the parser is made; Jackson reads the first
      // bytes to detect the encoding, which may not be UTF-8 or not be readable.
      return unopened(source, e);
    }
  }

  private static Stream<DossierResult> stream(DossierSource dossiers) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(dossiers, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(dossiers::close);
  }

  // ---------------------------------------------------------------- reading single values

  /**
   * Reads one dossier object, checking its JSON only (run a {@link DossierValidator} for the content).
   *
   * @param json the text
   * @return the dossier
   * @throws LabelJsonException with every problem when the text does not describe a dossier
   */
  public Dossier readDossier(String json) {
    return single(json, ModelReader::dossier);
  }

  /**
   * Reads one decision.
   *
   * @param json the text
   * @return the decision
   * @throws LabelJsonException with every problem when the text does not describe a decision
   */
  public Decision readDecision(String json) {
    return single(json, ModelReader::decision);
  }

  /**
   * Reads an array of violations.
   *
   * @param json the text
   * @return the violations
   * @throws LabelJsonException with every problem when the text is not such an array
   */
  public List<Violation> readViolations(String json) {
    return single(json, r -> r.violations());
  }

  private <T> T single(String json, Function<ModelReader, T> read) {
    Objects.requireNonNull(json, "json");
    return Cursor.readDocument(() -> factory.createParser(json), cursor -> read.apply(new ModelReader(cursor, limits)),
        messages);
  }

  // ---------------------------------------------------------------- writing

  /** What writes one JSON text with a generator. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  void write(Writer out, Body body) {
    try {
      write(factory.createGenerator(out), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same text as {@link #write(Writer, Body)}, in UTF-8. Jackson's own UTF-8 generator is faster
   * (a sixth less time for a decision), but before 2.18 it writes a character beyond U+FFFF (an
   * emoji) as two escaped surrogates where the text has it as it is: with an older Jackson, the text
   * is encoded as it is written instead.
   */
  private void write(OutputStream out, Body body) {
    if (COMBINED_SURROGATES == null) {
      write(new OutputStreamWriter(out, StandardCharsets.UTF_8), body);
      return;
    }
    try {
      write(factory.createGenerator(out, JsonEncoding.UTF8), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(JsonGenerator generator, Body body) throws IOException {
    try (JsonGenerator g = generator) {
      if (pretty) {
        g.setPrettyPrinter(new Indented());
      }
      body.write(g);
      if (pretty) {
        g.writeRaw('\n');
      }
      // Flushes the target too; closing the generator leaves it open.
      g.flush();
    }
  }

  private String text(Body body) {
    StringWriter out = new StringWriter();
    write(out, body);
    return out.toString();
  }

  /**
   * @param dossier a dossier
   * @return its JSON, with {@code "format": "arobase/dossier@1"}
   */
  public String write(Dossier dossier) {
    return text(g -> ModelWriter.dossier(g, dossier));
  }

  /**
   * @param dossier a dossier
   * @param out where to write its JSON; flushed, not closed
   */
  public void write(Dossier dossier, Writer out) {
    write(out, g -> ModelWriter.dossier(g, dossier));
  }

  /**
   * Writes dossiers as one JSON array, one at a time, so that a lazy source never sits in memory.
   *
   * @param dossiers the dossiers, e.g. {@code stream::iterator}
   * @param out where to write; flushed, not closed
   */
  public void writeDossiers(Iterable<Dossier> dossiers, Writer out) {
    write(out, g -> {
      g.writeStartArray();
      for (Dossier dossier : dossiers) {
        ModelWriter.dossier(g, dossier);
      }
      g.writeEndArray();
    });
  }

  /**
   * @param decision a decision
   * @return its JSON, with {@code "format": "arobase/decision@1"}
   */
  public String write(Decision decision) {
    return text(g -> ModelWriter.decision(g, decision));
  }

  /**
   * @param decision a decision
   * @param out where to write its JSON; flushed, not closed
   */
  public void write(Decision decision, Writer out) {
    write(out, g -> ModelWriter.decision(g, decision));
  }

  /**
   * Writes the same text as {@link #write(Decision)}, encoded as UTF-8, without building it as a
   * {@code String} first: the way to answer a request or fill a file. (A lone surrogate, which no
   * dossier read from JSON can hold, is written as a JSON escape of four hex digits rather than the
   * {@code ?} that encoding the {@code String} would give.)
   *
   * @param decision a decision
   * @param out where to write its JSON, in UTF-8; flushed, not closed
   */
  public void write(Decision decision, OutputStream out) {
    write(out, g -> ModelWriter.decision(g, decision));
  }

  /**
   * @param violations violations
   * @return a JSON array of {@code {"pointer", "code", "severity", "message"}}
   */
  public String writeViolations(List<Violation> violations) {
    return text(g -> ModelWriter.violations(g, violations));
  }

  /**
   * @param matrix a service matrix
   * @return {@code {"version", "axes": [{"code", "label", "reconstructed", "enjeux": [{…, "services": [{"code",
   *     "label", "reconstructed", "notApplicableTo"}]}]}]}}, the output of {@code arobase matrix --format json}
   */
  public String writeMatrix(ServiceMatrix matrix) {
    return text(g -> ModelWriter.matrix(g, matrix));
  }

  /**
   * Writes the output of {@code arobase validate --format json}:
   * {@code [{"source", "violations": [...]}]}, one element per result.
   *
   * @param results the results of reading, e.g. a lazy stream's {@code stream::iterator}
   * @param out where to write; flushed, not closed
   */
  public void writeValidation(Iterable<DossierResult> results, Writer out) {
    write(out, g -> ModelWriter.validation(g, results));
  }

  /**
   * Writes the output of {@code arobase rate --format json}: {@code [{"source", "decision": {...}}}
   * for a rated dossier, {@code {"source", "violations": [...]}} for one that was not.
   *
   * @param results the results of rating
   * @param out where to write; flushed, not closed
   */
  public void writeRatings(Iterable<RatingResult> results, Writer out) {
    write(out, g -> ModelWriter.ratings(g, results));
  }

  /**
   * Writes the same text as {@link #writeRatings(Iterable, Writer)}, encoded as UTF-8.
   *
   * @param results the results of rating
   * @param out where to write, in UTF-8; flushed, not closed
   */
  public void writeRatings(Iterable<RatingResult> results, OutputStream out) {
    write(out, g -> ModelWriter.ratings(g, results));
  }

  /**
   * Writes an RFC 7946 GeoJSON {@code FeatureCollection} with one {@code Point} feature per
   * initiative that has a location; each feature's properties name the initiative and its
   * collectivité, and, when {@code decisions} gives one, the decision's arobases, mentions and
   * category.
   *
   * @param dossiers the dossiers
   * @param decisions the decision of a dossier, when there is one
   * @param out where to write; flushed, not closed
   */
  public void writeGeoJson(Iterable<Dossier> dossiers, Function<Dossier, Optional<Decision>> decisions, Writer out) {
    write(out, g -> Exports.geoJson(g, dossiers, decisions));
  }

  /**
   * Writes one RFC 4180 CSV row per decision (results without one are left out), after a
   * header: {@code source, code, name, category, edition, arobases, mentions, distinctions,
   * score, coveredEnjeux, coveredAxes, eligibleInitiatives, ignoredInitiatives, nextArobases}.
   * Lists are joined with {@code |}; lines end with CRLF.
   *
   * @param results the results of rating
   * @param out where to write; flushed, not closed
   */
  public void writeCsv(Iterable<RatingResult> results, Writer out) {
    try {
      Exports.csv(results, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One cell of a CSV table, as {@link #writeCsv} writes it: RFC 4180 quoting, and a text that a
   * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
   * defused with a leading {@code '}; numbers, negative ones included, are left as they are.
   *
   * @param value the text of the cell
   * @return the cell to write
   * @see CsvCells
   */
  public static String csvCell(String value) {
    return CsvCells.cell(value);
  }
}
