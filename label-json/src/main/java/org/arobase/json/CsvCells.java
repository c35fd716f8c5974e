package org.arobase.json;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells of the CSV tables that arobase writes (RFC 4180), defused against formula injection as the
 * OWASP « CSV Injection » cheat sheet recommends: a text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula by a spreadsheet, so it
 * is prefixed with a single quote {@code '} and quoted. A number ({@code 12}, {@code -3},
 * {@code 0.25}, {@code -1.5E-7}) is left as it is, so that numeric columns stay numbers.
 *
 * <pre>{@code
 * CsvCells.cell("=HYPERLINK(\"http://x\")")  // "'=HYPERLINK(""http://x"")"
 * CsvCells.cell("-3")                       // -3
 * CsvCells.row(List.of("a", "b,c"))          // a,"b,c"\r\n
 * }</pre>
 *
 * Used by {@link LabelJson#writeCsv} and by the command line's CSV outputs. See docs/FORMAT.md.
 */
public final class CsvCells {

  /** A plain decimal number, which no spreadsheet reads as a formula. */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private CsvCells() {}

  /**
   * @param value the text of a cell, never {@code null}
   * @return the cell as written in the CSV: quoted when it holds a comma, a quote or a line break
   *     (its quotes doubled), and defused (prefixed with {@code '}, quoted) when it starts with a
   *     character that makes a spreadsheet formula and is not a number
   */
  public static String cell(String value) {
    if (isDangerous(value)) {
      return '"' + ("'" + value).replace("\"", "\"\"") + '"';
    }
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /**
   * @param value the text of a cell
   * @return whether a spreadsheet would read it as a formula: it starts with {@code = + - @}, a tab
   *     or a carriage return, and is not a plain number
   */
  public static boolean isDangerous(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formula && !NUMBER.matcher(value).matches();
  }

  /**
   * @param cells the cells of one row
   * @return the row, its cells made by {@link #cell(String)}, separated by commas and ended by CRLF
   */
  public static String row(List<String> cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    return out.append("\r\n").toString();
  }
}
