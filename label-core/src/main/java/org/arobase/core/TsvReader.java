package org.arobase.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The line syntax shared by arobase's data files: {@code #} comments, {@code @key<TAB>value}
 * directives, one header line, then rows of a fixed number of TAB-separated columns where
 * {@code -} means empty.
 */
final class TsvReader {

  record Row(int line, List<String> cells) {
    String get(int column) {
      String cell = cells.get(column);
      return cell.equals("-") ? "" : cell;
    }
  }

  final String source;
  final Map<String, String> directives = new LinkedHashMap<>();
  final List<Row> rows = new ArrayList<>();

  private TsvReader(String source) {
    this.source = source;
  }

  static TsvReader read(String source, Reader reader, List<String> header) {
    TsvReader tsv = new TsvReader(source);
    boolean headerSeen = false;
    int number = 0;
    try (BufferedReader lines = new BufferedReader(reader)) {
      String line;
      while ((line = lines.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = List.of(line.split("\t", -1));
        if (line.startsWith("@")) {
          if (headerSeen || cells.size() != 2) {
            throw tsv.error(number, "a directive is '@key<TAB>value' and comes before the header");
          }
          if (tsv.directives.put(cells.get(0).substring(1), cells.get(1).strip()) != null) {
            throw tsv.error(number, "directive " + cells.get(0) + " given twice");
          }
        } else if (!headerSeen) {
          if (!cells.equals(header)) {
            throw tsv.error(number, "expected the header '" + String.join("<TAB>", header) + "'");
          }
          headerSeen = true;
        } else {
          if (cells.size() != header.size()) {
            throw tsv.error(number, "expected " + header.size() + " TAB-separated columns, found " + cells.size());
          }
          for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isBlank()) {
              throw tsv.error(number, "column '" + header.get(i) + "' is empty (write '-' for no value)");
            }
          }
          tsv.rows.add(new Row(number, cells.stream().map(String::strip).toList()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    if (!headerSeen) {
      throw tsv.error(0, "no header line '" + String.join("<TAB>", header) + "'");
    }
    return tsv;
  }

  String directive(String key) {
    String value = directives.get(key);
    if (value == null || value.isEmpty()) {
      throw error(0, "missing directive @" + key);
    }
    return value;
  }

  int intDirective(String key) {
    String value = directive(key);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw error(0, "directive @" + key + " is not a whole number: " + value);
    }
  }

  MatrixFormatException error(int line, String reason) {
    return new MatrixFormatException(source, line, reason);
  }
}
