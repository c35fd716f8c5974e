package org.arobase.json;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arobase.core.internal.Messages;

/**
 * The reader's own sentence for what Jackson refused: a syntax error, a limit or an encoding. Only
 * what a person needs is kept of Jackson's English text, the offending character or token and the
 * numbers of a limit, in a sentence of the reader's language; the line and column are added by the
 * {@link Cursor}. A message Jackson words in an unknown way gets a plain « malformed JSON » (its
 * text in English only).
 */
final class ParserProblems {

  // Jackson describes a character as 'x' (code 120), 'é' (code 233 / 0xe9) or (CTRL-CHAR, code 10).
  private static final Pattern UNEXPECTED =
      Pattern.compile("Unexpected character \\((.+?\\))\\)( in numeric value)?: ?(.*)", Pattern.DOTALL);
  private static final Pattern PRINTABLE = Pattern.compile("'(.+)' \\(code (\\d+).*\\)", Pattern.DOTALL);
  private static final Pattern CONTROL = Pattern.compile("\\(CTRL-CHAR, code (\\d+)\\)");
  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*)': was expecting.*", Pattern.DOTALL);
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '(.*?)'.*", Pattern.DOTALL);
  private static final Pattern CLOSE_MARKER =
      Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*", Pattern.DOTALL);
  private static final Pattern CONTROL_IN_STRING =
      Pattern.compile("Illegal unquoted character \\((.+?\\))\\): has to be escaped.*", Pattern.DOTALL);
  private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape (.+?\\)).*", Pattern.DOTALL);
  private static final Pattern ILLEGAL = Pattern.compile("Illegal character \\((.+?\\))\\):.*", Pattern.DOTALL);
  private static final Pattern LIMIT = Pattern.compile(".*?\\((\\d+)\\) exceeds the maximum[a-z ]*\\((\\d+).*",
      Pattern.DOTALL);

  private ParserProblems() {}

  /**
   * @param jackson Jackson's original message of a syntax error
   * @param cursor the cursor, for its language and quotes
   * @return the sentence
   */
  static String syntax(String jackson, Cursor cursor) {
    Messages m = cursor.messages();
    String text = String.valueOf(jackson);
    Matcher x;
    if (text.startsWith("Unexpected end-of-input")) {
      return m.get(text.contains("close marker for Object") ? "syntax.endOfInput.object"
          : text.contains("close marker for Array") ? "syntax.endOfInput.array"
          : text.contains("string value") || text.contains("field name") || text.contains("String value")
              ? "syntax.endOfInput.string" : "syntax.endOfInput");
    }
    if ((x = UNEXPECTED.matcher(text)).matches()) {
      String c = character(x.group(1), cursor);
      String rest = x.group(3);
      if (x.group(2) != null) {
        return m.get("syntax.numberCharacter", c);
      }
      return m.get(rest.startsWith("was expecting double-quote to start field name") ? "syntax.fieldName"
          : rest.startsWith("was expecting comma to separate Object entries") ? "syntax.objectComma"
          : rest.startsWith("was expecting comma to separate Array entries") ? "syntax.arrayComma"
          : rest.startsWith("was expecting a colon") ? "syntax.colon"
          : rest.startsWith("expected a valid value") || rest.startsWith("expected a value") ? "syntax.value"
          : rest.startsWith("maybe a (non-standard) comment") ? "syntax.comment"
          : "syntax.character", c);
    }
    if ((x = TOKEN.matcher(text)).matches()) {
      return m.get("syntax.token", cursor.quote(x.group(1)));
    }
    if ((x = NON_STANDARD.matcher(text)).matches()) {
      return m.get("syntax.nonStandard", cursor.quote(x.group(1)));
    }
    if ((x = CLOSE_MARKER.matcher(text)).matches()) {
      return m.get("syntax.closeMarker", cursor.quote(x.group(1)), cursor.quote(x.group(2)));
    }
    if ((x = CONTROL_IN_STRING.matcher(text)).matches()) {
      return m.get("syntax.control", character(x.group(1), cursor));
    }
    if ((x = ESCAPE.matcher(text)).matches()) {
      return m.get("syntax.escape", character(x.group(1), cursor));
    }
    if ((x = ILLEGAL.matcher(text)).matches()) {
      return m.get("syntax.character", character(x.group(1), cursor));
    }
    if (text.startsWith("Invalid numeric value")) {
      return m.get(text.contains("Leading zeroes") ? "syntax.leadingZero" : "syntax.number");
    }
    return m.get("syntax.other", Cursor.withoutJacksonAdvice(text));
  }

  /** @return a character as Jackson describes it, written for people: {@code '}'}, {@code « } »} or {@code U+000A} */
  private static String character(String description, Cursor cursor) {
    Matcher control = CONTROL.matcher(description);
    if (control.matches()) {
      return String.format("U+%04X", Integer.parseInt(control.group(1)));
    }
    Matcher printable = PRINTABLE.matcher(description);
    if (printable.matches()) {
      int code = Integer.parseInt(printable.group(2));
      return code < 0x20 || code == 0x7f ? String.format("U+%04X", code) : cursor.quote(printable.group(1));
    }
    return cursor.quote(description);
  }

  /**
   * @param e what the input stream or Jackson refused while decoding the bytes
   * @param m the messages
   * @return the sentence: the reader's own for invalid UTF-8, a plain one (Jackson's text in English only) otherwise
   */
  static String encoding(CharConversionException e, Messages m) {
    if (e instanceof StrictUtf8InputStream.InvalidUtf8 invalid) {
      return m.get(invalid.key(), invalid.arguments());
    }
    return m.get("syntax.encoding", e.getMessage());
  }

  /**
   * @param limit what Jackson refused
   * @return the code of the limit, told apart by Jackson's message (pinned by the tests of each limit)
   */
  static String code(StreamConstraintsException limit) {
    String m = String.valueOf(limit.getOriginalMessage());
    return m.startsWith("Document length") ? JsonCodes.JSON_LIMIT_DOCUMENT_SIZE
        : m.startsWith("Document nesting depth") ? JsonCodes.JSON_LIMIT_DEPTH
        : m.startsWith("Number value length") || m.startsWith("Number length") ? JsonCodes.JSON_LIMIT_NUMBER
        : JsonCodes.JSON_LIMIT_STRING;
  }

  /**
   * @param limit what Jackson refused
   * @param m the messages
   * @return the sentence, with the size found and the limit when Jackson gives them
   */
  static String limit(StreamConstraintsException limit, Messages m) {
    String text = String.valueOf(limit.getOriginalMessage());
    Matcher numbers = LIMIT.matcher(text);
    if (!numbers.matches()) {
      return m.get("limit.other");
    }
    String key = text.startsWith("Name length") ? "limit.name"
        : switch (code(limit)) {
          case JsonCodes.JSON_LIMIT_DOCUMENT_SIZE -> "limit.document";
          case JsonCodes.JSON_LIMIT_DEPTH -> "limit.depth";
          case JsonCodes.JSON_LIMIT_NUMBER -> "limit.number";
          default -> "limit.string";
        };
    return m.get(key, Long.parseLong(numbers.group(1)), Long.parseLong(numbers.group(2)));
  }
}
