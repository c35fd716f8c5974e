package org.arobase.cli.palmares;

import java.util.List;
import java.util.stream.Collectors;
import org.arobase.core.Mention;
import org.arobase.core.palmares.Palmares;
import org.arobase.core.palmares.PalmaresEntry;
import org.arobase.json.CsvCells;

/** The palmarès as RFC 4180 CSV: a header, then one collectivité per line, CRLF line ends. */
final class PalmaresCsv {
  static final List<String> HEADER = List.of(
      "region", "departement", "arobases", "name", "code", "category", "family", "population", "mentions", "distinctions");

  private PalmaresCsv() {}

  static String render(Palmares palmares) {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
    for (PalmaresEntry e : palmares.entries()) {
      line(out, List.of(
          e.region(),
          e.departement().orElse(""),
          String.valueOf(e.arobases()),
          e.name(),
          e.code().orElse(""),
          e.category().map(Enum::name).orElse(""),
          e.category().map(Palmares::family).orElse(""),
          e.population().isPresent() ? String.valueOf(e.population().getAsInt()) : "",
          e.mentions().stream().map(Mention::code).collect(Collectors.joining(";")),
          e.distinctions().stream().map(Enum::name).collect(Collectors.joining(";"))));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * @return the cell quoted as RFC 4180 says and defused against formula injection (a text starting
   *     with {@code = + - @} is prefixed with {@code '}, numbers are left as they are), as every CSV
   *     output of arobase writes them
   */
  static String cell(String value) {
    return CsvCells.cell(value);
  }
}
