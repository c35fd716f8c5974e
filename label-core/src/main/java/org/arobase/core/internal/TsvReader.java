package org.arobase.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arobase.core.matrix.MatrixFormatException;

/**
 * The line syntax shared by arobase's data files: {@code #} comments, {@code @key<TAB>value}
 * directives, one header line, then rows of a fixed number of TAB-separated columns where
 * {@code -} means empty.
 */
public final class TsvReader {

  public record Row(int line, List<String> cells) {
    public String get(int column) {
      String cell = cells.get(column);
      return cell.equals("-") ? "" : cell;
    }
  }

  final String source;
  public final Map<String, String> directives = new LinkedHashMap<>();
  public final List<Row> rows = new ArrayList<>();

  private TsvReader(String source) {
    this.source = source;
  }

  public static TsvReader read(String source, Reader reader, List<String> header) {
    return parse(source, slurp(source, reader), header);
  }

  /** Reads UTF-8 bytes at once: much faster than a Reader on a cold JVM. */
  public static TsvReader read(String source, java.io.InputStream in, List<String> header) {
    try (in) {
      return parse(source, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), header);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  private static TsvReader parse(String source, String text, List<String> header) {
    TsvReader tsv = new TsvReader(source);
    boolean headerSeen = false;
    int number = 0;
    int width = header.size();
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
        if (!List.of(cells).equals(header)) {
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

  public String directive(String key) {
    String value = directives.get(key);
    if (value == null || value.isEmpty()) {
      throw error(0, "missing directive @" + key);
    }
    return value;
  }

  public int intDirective(String key) {
    String value = directive(key);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw error(0, "directive @" + key + " is not a whole number: " + value);
    }
  }

  public MatrixFormatException error(int line, String reason) {
    return new MatrixFormatException(source, line, reason);
  }
}
