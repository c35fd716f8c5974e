package org.arobase.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.arobase.core.internal.Messages;
import org.arobase.core.validation.Violation;

/**
 * A strict walk over a Jackson token stream that records every problem with its pointer,
 * line and column instead of stopping at the first. Readers of each object call the value
 * methods, which return {@code null} after recording a problem and skipping the bad value, so
 * that reading goes on. Only a syntax error, a limit or an I/O error stops reading: then
 * {@link Fatal} is thrown once the problem is recorded. Not thread-safe: one per parse.
 */
final class Cursor {

  /** Thrown after a problem that leaves the parser unable to go on; the problem is already recorded. */
  static final class Fatal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fatal() {
      super(null, null, false, false);
    }
  }

  /** Reads the value of one known field; the parser is on its first token. */
  @FunctionalInterface
  interface FieldReader {
    Object read(String name);
  }

  /**
   * The fields of one kind of object; names ending in {@code !} are required. {@code what} names the
   * object in the messages: the key {@code object.<what>} of the catalogue.
   */
  static final class Fields {
    final String what;
    final String[] names;
    final boolean[] required;
    private final Map<String, Integer> index = new HashMap<>();

    Fields(String what, String... spec) {
      this.what = what;
      this.names = new String[spec.length];
      this.required = new boolean[spec.length];
      for (int i = 0; i < spec.length; i++) {
        required[i] = spec[i].endsWith("!");
        names[i] = required[i] ? spec[i].substring(0, spec[i].length() - 1) : spec[i];
        index.put(names[i], i);
      }
    }

    int index(String name) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
  }

  /**
   * The most problems kept for one value: a document of 100 MiB could otherwise hold millions
   * of unknown fields, and their violations would not fit in memory.
   */
  static final int MAX_PROBLEMS = 1_000;

  private final JsonParser parser;
  private final Messages m;
  private final List<Violation> problems = new ArrayList<>();
  private int dropped;
  private Object[] path = new Object[16];
  private int depth;

  Cursor(JsonParser parser, Messages messages) {
    this.parser = parser;
    this.m = messages;
  }

  /**
   * @param locale the language wanted; French unless it is English
   * @return the reader's messages in that language
   */
  static Messages messages(Locale locale) {
    return Messages.of(Cursor.class, "messages", locale);
  }

  Messages messages() {
    return m;
  }

  JsonParser parser() {
    return parser;
  }

  /** @return how many problems were found so far, kept or not */
  int problemCount() {
    return problems.size() + dropped;
  }

  /** @return the problems recorded since the last call, which starts afresh */
  List<Violation> drain() {
    List<Violation> out = new ArrayList<>(problems);
    if (dropped > 0) {
      out.add(Violation.error("", JsonCodes.JSON_LIMIT_PROBLEMS, m.get("problems.more", dropped, MAX_PROBLEMS)));
    }
    problems.clear();
    dropped = 0;
    return List.copyOf(out);
  }

  JsonToken token() {
    return parser.currentToken();
  }

  JsonToken next() {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw fatal(e);
    }
  }

  /** @return the next token inside an array or object, where the end of input is an error */
  JsonToken nextInside() {
    JsonToken t = next();
    if (t == null) {
      // Jackson reports an unclosed array or object itself; this guards the loops all the same.
      problem(JsonCodes.JSON_SYNTAX, m.get("syntax.endOfInput"), parser.currentLocation());
      throw new Fatal();
    }
    return t;
  }

  void push(Object token) {
    if (depth == path.length) {
      path = Arrays.copyOf(path, depth * 2);
    }
    path[depth++] = token;
  }

  void pop() {
    path[--depth] = null;
  }

  /** Forgets the path, for the next element of a top-level array. */
  void resetPath() {
    Arrays.fill(path, 0, depth, null);
    depth = 0;
  }

  String pointer() {
    return Violation.pointerOf(Arrays.copyOf(path, depth));
  }

  void problem(String code, String message) {
    problem(code, message, parser.currentTokenLocation());
  }

  void problem(String code, String message, JsonLocation at) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(Violation.error(pointer(), code, message + where(at)));
    } else {
      dropped++;
    }
  }

  private String where(JsonLocation at) {
    // Ungrouped, as editors show them.
    return at == null || at.getLineNr() < 0 ? ""
        : m.get("where", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
  }

  /**
   * Records a problem that stops reading, named after what Jackson refused.
   *
   * @param e what the parser threw
   * @return the exception to throw
   */
  Fatal fatal(IOException e) {
    if (e instanceof StreamConstraintsException limit) {
      problem(ParserProblems.code(limit), ParserProblems.limit(limit, m), location(limit));
    } else if (e instanceof JsonProcessingException syntax) {
      problem(JsonCodes.JSON_SYNTAX, ParserProblems.syntax(syntax.getOriginalMessage(), this), location(syntax));
    } else if (e instanceof CharConversionException encoding) {
      problem(JsonCodes.JSON_SYNTAX, ParserProblems.encoding(encoding, m), parser.currentLocation());
    } else {
      problem(JsonCodes.JSON_READ_FAILED, m.get("read.failed", e.getMessage()), parser.currentLocation());
    }
    return new Fatal();
  }

  /** Opens a parser; opening may already cross a limit or fail to read. */
  interface Opener {
    JsonParser open() throws IOException;
  }

  /**
   * Reads one whole document: the value {@code read} makes of it, or every problem found.
   *
   * @throws LabelJsonException with every problem, when there is one
   */
  static <T> T readDocument(Opener opener, java.util.function.Function<Cursor, T> read, Messages m) {
    JsonParser created;
    try {
      created = opener.open();
    } catch (IOException e) {
      throw new LabelJsonException(List.of(openingProblem(e, null, m)));
    }
    try (JsonParser parser = created) {
      Cursor cursor = new Cursor(parser, m);
      T value = null;
      try {
        if (cursor.next() == null) {
          cursor.problem(JsonCodes.JSON_SYNTAX, m.get("document.empty"));
        } else {
          value = read.apply(cursor);
          cursor.resetPath();
          if (cursor.next() != null) {
            cursor.problem(JsonCodes.JSON_SYNTAX, m.get("document.trailing"));
          }
        }
      } catch (Fatal e) {
        value = null;
      }
      List<Violation> problems = cursor.drain();
      if (value == null || !problems.isEmpty()) {
        throw new LabelJsonException(problems);
      }
      return value;
    } catch (IOException e) {
      throw new LabelJsonException(List.of(Violation.error("", JsonCodes.JSON_READ_FAILED,
          m.get("read.failed", e.getMessage()))));
    }
  }

  /**
   * @param e what opening a parser threw: a limit crossed, bytes that are not text, or a failure to read
   * @param source the source named in a failure to read, or {@code null}
   * @param m the messages
   * @return the problem, for the whole document
   */
  static Violation openingProblem(IOException e, String source, Messages m) {
    if (e instanceof StreamConstraintsException limit) {
      return Violation.error("", ParserProblems.code(limit), ParserProblems.limit(limit, m));
    }
    if (e instanceof CharConversionException encoding) {
      return Violation.error("", JsonCodes.JSON_SYNTAX, ParserProblems.encoding(encoding, m));
    }
    return Violation.error("", JsonCodes.JSON_READ_FAILED,
        source == null ? m.get("read.failed", e.getMessage()) : m.get("read.failedSource", source, e.getMessage()));
  }

  private JsonLocation location(JsonProcessingException e) {
    return e.getLocation() != null ? e.getLocation() : parser.currentLocation();
  }

  /** Jackson suggests enabling its lenient features, which this strict reader never does. */
  static String withoutJacksonAdvice(String message) {
    return String.valueOf(message)
        .replaceAll("\\s*\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
        .replace("maybe a (non-standard) comment?", "comments are not JSON")
        .replaceAll(": enable `[^`]*` to allow", " (not JSON)");
  }


  /** Skips the current value, whole when it is an array or an object. */
  void skipValue() {
    JsonToken t = token();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      try {
        parser.skipChildren();
      } catch (IOException e) {
        throw fatal(e);
      }
    }
  }

  /**
   * Records a wrong type at the current value and skips it; returns {@code null} for the caller.
   *
   * @param expected the key of what was expected, {@code type.string}…, and its arguments
   */
  <T> T wrongType(String expected, Object... args) {
    problem(JsonCodes.JSON_WRONG_TYPE, m.get("wrongType", m.get(expected, args), describe()));
    skipValue();
    return null;
  }

  private String describe() {
    JsonToken t = token();
    try {
      return switch (t) {
        case START_OBJECT -> m.get("found.object");
        case START_ARRAY -> m.get("found.array");
        case VALUE_STRING -> m.get("found.string", quote(parser.getText()));
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> m.get("found.number", abbreviate(parser.getText()));
        case VALUE_TRUE, VALUE_FALSE -> t.asString();
        case VALUE_NULL -> "null";
        default -> String.valueOf(t);
      };
    } catch (IOException e) {
      throw fatal(e);
    }
  }

  /**
   * @param text a value or a name of the document
   * @return it abbreviated and quoted: {@code 'x'} in English, {@code « x »} in French
   */
  String quote(String text) {
    String shown = escapeSurrogates(abbreviate(text));
    return m.locale().getLanguage().equals("en") ? "'" + shown + "'"
        : "«" + Messages.NBSP + shown + Messages.NBSP + "»";
  }

  /**
   * @param text a text
   * @return the index of its first unpaired surrogate, or -1 when it is valid Unicode
   */
  static int unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isHighSurrogate(ch)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(ch)) {
        return i;
      }
    }
    return -1;
  }

  /** @return the text, its unpaired surrogates written as <code>&#92;uXXXX</code>, so that a message is valid Unicode */
  static String escapeSurrogates(String text) {
    if (unpairedSurrogate(text) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(ch).append(text.charAt(++i));
      } else if (Character.isSurrogate(ch)) {
        out.append(String.format("\\u%04X", (int) ch));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  static String abbreviate(String text) {
    if (text.length() <= 60) {
      return text;
    }
    // Never cut a surrogate pair in two.
    int end = Character.isHighSurrogate(text.charAt(56)) && Character.isLowSurrogate(text.charAt(57)) ? 56 : 57;
    return text.substring(0, end) + "…";
  }

  /**
   * @return the string at the current value, or {@code null} after recording why it is not one: not
   *     a string, or a string holding an unpaired surrogate (<code>"&#92;uD800"</code>), which is not Unicode
   *     text and could be written back in no encoding
   */
  String string() {
    if (token() != JsonToken.VALUE_STRING) {
      return wrongType("type.string");
    }
    String text;
    try {
      text = parser.getText();
    } catch (IOException e) {
      throw fatal(e);
    }
    int bad = unpairedSurrogate(text);
    if (bad >= 0) {
      problem(JsonCodes.JSON_INVALID_UNICODE, m.get("unicode.surrogate", quote(text),
          String.format("%04X", (int) text.charAt(bad)), bad));
      return null;
    }
    return text;
  }

  Integer integer() {
    if (token() == JsonToken.VALUE_NUMBER_FLOAT) {
      return integral();
    }
    if (token() != JsonToken.VALUE_NUMBER_INT) {
      return wrongType("type.integer");
    }
    try {
      if (parser.getNumberType() == JsonParser.NumberType.INT) {
        return parser.getIntValue();
      }
      problem(JsonCodes.JSON_NUMBER_OUT_OF_RANGE, m.get("number.int32", abbreviate(parser.getText())));
      return null;
    } catch (IOException e) {
      throw fatal(e);
    }
  }

  /**
   * An integer written with a fraction or an exponent ({@code 2022.0}, {@code 2.022e3}): JSON Schema
   * (and the mathematics) call it an integer, so the reader does too, within 32 bits.
   */
  private Integer integral() {
    try {
      String text = parser.getText();
      java.math.BigDecimal value;
      try {
        value = new java.math.BigDecimal(text);
      } catch (NumberFormatException | ArithmeticException e) {
        // An exponent beyond what a BigDecimal holds: far beyond 32 bits either way.
        problem(JsonCodes.JSON_NUMBER_OUT_OF_RANGE, m.get("number.int32", abbreviate(text)));
        return null;
      }
      if (value.signum() == 0) {
        return 0;
      }
      java.math.BigDecimal exact = value.stripTrailingZeros();
      if (exact.scale() > 0) {
        return wrongType("type.integer");
      }
      // Digits before the point, counted without expanding 1e999999999.
      if ((long) exact.precision() - exact.scale() > 10) {
        problem(JsonCodes.JSON_NUMBER_OUT_OF_RANGE, m.get("number.int32", abbreviate(text)));
        return null;
      }
      try {
        return exact.intValueExact();
      } catch (ArithmeticException e) {
        problem(JsonCodes.JSON_NUMBER_OUT_OF_RANGE, m.get("number.int32", abbreviate(text)));
        return null;
      }
    } catch (IOException e) {
      throw fatal(e);
    }
  }

  Double number() {
    JsonToken t = token();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      return wrongType("type.number");
    }
    try {
      double value = parser.getDoubleValue();
      if (Double.isInfinite(value)) {
        problem(JsonCodes.JSON_NUMBER_OUT_OF_RANGE, m.get("number.tooLarge", abbreviate(parser.getText())));
        return null;
      }
      return value;
    } catch (IOException e) {
      throw fatal(e);
    }
  }

  Boolean bool() {
    JsonToken t = token();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    return wrongType("type.boolean");
  }

  /** @return whether the text has the one form of a date: {@code YYYY-MM-DD}, in ASCII digits */
  private static boolean isIsoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  LocalDate date() {
    String text = token() == JsonToken.VALUE_STRING ? string() : wrongType("type.date");
    if (text == null) {
      return null;
    }
    // yyyy-mm-dd only: LocalDate.parse also reads +99999-01-01 and -0001-01-01, which the format (and
    // its schema) refuse. Read by hand, as a dossier has hundreds of dates.
    if (!isIsoDate(text)) {
      problem(JsonCodes.JSON_DATE_FORMAT, m.get("date.format", quote(text)));
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException e) {
      problem(JsonCodes.JSON_DATE_FORMAT, m.get("date.notInCalendar", quote(text)));
      return null;
    }
  }

  /** @param what the key naming the kind of value: {@code enum.category}… */
  <E extends Enum<E>> E enumValue(Class<E> type, String what) {
    String text = string();
    if (text == null) {
      return null;
    }
    E[] values = type.getEnumConstants();
    for (E value : values) {
      if (value.name().equals(text)) {
        return value;
      }
    }
    List<String> names = Arrays.stream(values).map(Enum::name).toList();
    String expected = String.join(", ", names);
    problem(JsonCodes.JSON_ENUM_UNKNOWN, Names.closest(text, names)
        .map(n -> m.get("enum.unknownSuggest", quote(text), m.get(what), expected, n))
        .orElseGet(() -> m.get("enum.unknown", quote(text), m.get(what), expected)));
    return null;
  }

  /**
   * Reads an array, each element with {@code element}; an element that gives {@code null}
   * (after recording its problem) is left out.
   */
  <T> List<T> array(Supplier<T> element) {
    if (token() != JsonToken.START_ARRAY) {
      return wrongType("type.array");
    }
    List<T> out = new ArrayList<>();
    int i = 0;
    while (nextInside() != JsonToken.END_ARRAY) {
      push(i++);
      T value = element.get();
      pop();
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  List<String> strings() {
    return array(this::string);
  }

  /**
   * Reads an object of the given fields: unknown, duplicate and missing fields are recorded,
   * a {@code null} stands for an absent optional field.
   *
   * @return the values by field index ({@code null} for absent ones), or {@code null} when
   *     any problem was found in the object
   */
  Object[] object(Fields fields, FieldReader reader) {
    if (token() != JsonToken.START_OBJECT) {
      return wrongType("type.object", m.get("object." + fields.what));
    }
    int before = problemCount();
    JsonLocation start = parser.currentTokenLocation();
    Object[] values = new Object[fields.names.length];
    boolean[] seen = new boolean[fields.names.length];
    while (nextInside() == JsonToken.FIELD_NAME) {
      String name;
      try {
        name = parser.currentName();
      } catch (IOException e) {
        throw fatal(e);
      }
      JsonLocation at = parser.currentTokenLocation();
      push(name);
      nextInside();
      int i = fields.index(name);
      if (i < 0) {
        String what = m.get("object." + fields.what);
        problem(JsonCodes.JSON_UNKNOWN_FIELD, Names.closest(name, Arrays.asList(fields.names))
            .map(n -> m.get("field.unknownSuggest", quote(name), what, quote(n)))
            .orElseGet(() -> m.get("field.unknown", quote(name), what, String.join(", ", fields.names))), at);
        skipValue();
      } else if (seen[i]) {
        problem(JsonCodes.JSON_DUPLICATE_FIELD, m.get("field.duplicate", quote(name), m.get("object." + fields.what)), at);
        skipValue();
      } else {
        seen[i] = true;
        if (token() == JsonToken.VALUE_NULL && !fields.required[i]) {
          values[i] = null;
        } else {
          values[i] = reader.read(name);
        }
      }
      pop();
    }
    for (int i = 0; i < fields.names.length; i++) {
      if (fields.required[i] && !seen[i]) {
        push(fields.names[i]);
        problem(JsonCodes.JSON_MISSING_FIELD, m.get("field.missing", quote(fields.names[i]), m.get("object." + fields.what),
            Arrays.stream(fields.names).filter(n -> fields.required[fields.index(n)]).collect(Collectors.joining(", "))),
            start);
        pop();
      }
    }
    return problemCount() == before ? values : null;
  }
}
