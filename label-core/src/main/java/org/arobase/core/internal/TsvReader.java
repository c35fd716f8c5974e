package org.arobase.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The line syntax shared by arobase's data files (the service matrix and its changes, the
 * official geography, palmarès lists): {@code #} comments, {@code @key<TAB>value} directives,
 * one header line, then rows of a fixed number of TAB-separated columns where {@code -} means
 * empty.
 *
 * <p>The reader knows no file format: each caller says which exception a problem becomes
 * ({@link Errors}), so that every format keeps the exception its users catch.
 */
public final class TsvReader {

  /** Makes the exception thrown for a problem in a file. */
  @FunctionalInterface
  public interface Errors {
    /**
     * @param source the file or resource name
     * @param line the 1-based line, or 0 when the problem concerns the whole file
     * @param reason what is wrong
     * @return the exception to throw
     */
    RuntimeException at(String source, int line, String reason);
  }

  /** Accepts or refuses the header line of a file whose columns are found by name. */
  @FunctionalInterface
  public interface Header {
    /**
     * @param line the header's 1-based line
     * @param cells the header's cells, as written
     * @return the columns, the header the rows must match in width
     * @throws RuntimeException the caller's own error when the header is wrong
     */
    List<String> check(int line, List<String> cells);
  }

  /** Problems as {@link IllegalArgumentException}s whose message is {@link #describe}'s. */
  public static final Errors ILLEGAL_ARGUMENT =
      (source, line, reason) -> new IllegalArgumentException(describe(source, line, reason));

  /** One row after the header: its line and its cells, stripped, {@code -} kept as written. */
  public record Row(int line, List<String> cells) {
    /**
     * @param column a 0-based column
     * @return the cell, the empty string for {@code -}
     */
    public String get(int column) {
      String cell = cells.get(column);
      return cell.equals("-") ? "" : cell;
    }
  }

  private final String source;
  private final Errors errors;
  /** The directives, in file order, without their {@code @}. */
  public final Map<String, String> directives = new LinkedHashMap<>();
  /** The rows after the header, in file order. */
  public final List<Row> rows = new ArrayList<>();

  private TsvReader(String source, Errors errors) {
    this.source = source;
    this.errors = Objects.requireNonNull(errors, "errors");
  }

  /**
   * @param source the file or resource name, for messages
   * @param line the 1-based line, or 0 for the whole file
   * @param reason what is wrong
   * @return {@code source:line: reason}, or {@code source: reason} for the whole file
   */
  public static String describe(String source, int line, String reason) {
    return source + (line > 0 ? ":" + line : "") + ": " + reason;
  }

  /**
   * Reads a whole file.
   *
   * @param source the file or resource name, for messages
   * @param reader the text, read to its end and closed
   * @param header the expected header
   * @param errors what the problems become
   * @return the directives and rows
   * @throws UncheckedIOException if the text cannot be read
   */
  public static TsvReader read(String source, Reader reader, List<String> header, Errors errors) {
    return parse(source, slurp(source, reader), header, null, errors);
  }

  /**
   * Reads a whole file whose header the caller checks: columns found by name, in any order.
   *
   * @param source the file or resource name, for messages
   * @param reader the text, read to its end and closed
   * @param required the columns a file must have, named when it has no header line
   * @param header checks the header line and gives the columns
   * @param errors makes the exception of a problem
   * @return the directives and rows
   */
  public static TsvReader read(String source, Reader reader, List<String> required, Header header, Errors errors) {
    return parse(source, slurp(source, reader), required, header, errors);
  }

  /**
   * Reads a whole file of UTF-8 bytes at once: much faster than a Reader on a cold JVM.
   *
   * @param source the file or resource name, for messages
   * @param in the bytes, read to their end and closed
   * @param header the expected header
   * @param errors what the problems become
   * @return the directives and rows
   * @throws UncheckedIOException if the bytes cannot be read
   */
  public static TsvReader read(String source, InputStream in, List<String> header, Errors errors) {
    String text;
    try (in) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return parse(source, text, header, null, errors);
  }

  /** @param expected the exact header, or with {@code check} the columns required */
  private static TsvReader parse(String source, String text, List<String> expected, Header check, Errors errors) {
    TsvReader tsv = new TsvReader(source, errors);
    boolean headerSeen = false;
    int number = 0;
    List<String> header = expected;
    int width = header == null ? 0 : header.size();
    // A hand-rolled scan: the official geography has 35,000 rows, read once at start-up by the CLI.
    for (int pos = text.startsWith("\uFEFF") ? 1 : 0, end; pos < text.length(); pos = end + 1) {
      number++;
      end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(pos, end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end);
      if (line.isBlank() || line.charAt(0) == '#') {
        continue;
      }
      String[] cells = split(line);
      if (line.charAt(0) == '@') {
        if (headerSeen || cells.length != 2) {
          throw tsv.error(number, "a directive is '@key<TAB>value' and comes before the header");
        }
        if (tsv.directives.put(cells[0].substring(1), cells[1].strip()) != null) {
          throw tsv.error(number, "directive " + cells[0] + " given twice");
        }
      } else if (!headerSeen) {
        if (check != null) {
          header = check.check(number, List.of(cells));
          width = header.size();
        } else if (!List.of(cells).equals(header)) {
          throw tsv.error(number, "expected the header '" + String.join("<TAB>", header) + "'");
        }
        headerSeen = true;
      } else {
        if (cells.length != width) {
          throw tsv.error(number, "expected " + width + " TAB-separated columns, found " + cells.length);
        }
        for (int i = 0; i < width; i++) {
          String cell = cells[i];
          if (cell.isBlank()) {
            throw tsv.error(number, "column '" + header.get(i) + "' is empty (write '-' for no value)");
          }
          if (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(cell.length() - 1))) {
            cells[i] = cell.strip();
          }
        }
        tsv.rows.add(new Row(number, List.of(cells)));
      }
    }
    if (!headerSeen) {
      throw tsv.error(0, "no header line '" + String.join("<TAB>", header) + "'");
    }
    return tsv;
  }

  private static String[] split(String line) {
    int count = 1;
    for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
      count++;
    }
    String[] cells = new String[count];
    int from = 0;
    for (int c = 0; c < count - 1; c++) {
      int tab = line.indexOf('\t', from);
      cells[c] = line.substring(from, tab);
      from = tab + 1;
    }
    cells[count - 1] = line.substring(from);
    return cells;
  }

  private static String slurp(String source, Reader reader) {
    StringBuilder sb = new StringBuilder(1 << 16);
    char[] buffer = new char[1 << 16];
    try (reader) {
      for (int n; (n = reader.read(buffer)) > 0; ) {
        sb.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return sb.toString();
  }

  /**
   * @param key a directive's name, without {@code @}
   * @return its value
   * @throws RuntimeException made by the {@link Errors} when the directive is missing or empty
   */
  public String directive(String key) {
    String value = directives.get(key);
    if (value == null || value.isEmpty()) {
      throw error(0, "missing directive @" + key);
    }
    return value;
  }

  /**
   * @param key a directive's name, without {@code @}
   * @return its value as a whole number
   * @throws RuntimeException made by the {@link Errors} when the directive is missing or not a number
   */
  public int intDirective(String key) {
    String value = directive(key);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw error(0, "directive @" + key + " is not a whole number: " + value);
    }
  }

  /**
   * @param line the 1-based line, or 0 for the whole file
   * @param reason what is wrong
   * @return the exception the {@link Errors} make for it, to throw
   */
  public RuntimeException error(int line, String reason) {
    return errors.at(source, line, reason);
  }
}
