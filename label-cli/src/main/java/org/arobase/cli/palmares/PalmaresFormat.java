package org.arobase.cli.palmares;

import org.arobase.core.palmares.Palmares;

/**
 * The formats a {@link Palmares} is written in (docs/PALMARES.md).
 *
 * <pre>{@code
 * String page = PalmaresFormat.HTML.render(Palmares.importList(Path.of("data/palmares-2020.tsv")));
 * }</pre>
 */
public enum PalmaresFormat {
  /** French text for people: regions, départements, arobases, names and families. */
  TEXT,
  /** RFC 4180 CSV, one collectivité per line, with a header. */
  CSV,
  /** The JSON contract of docs/PALMARES.md ({@code total}, {@code byArobases}, {@code regions}, {@code unresolved}, {@code ambiguous}). */
  JSON,
  /** A self-contained HTML page with inline SVG charts: distribution by arobases, collectivités per region. */
  HTML;

  /**
   * @param palmares the palmarès
   * @return it written in this format
   */
  public String render(Palmares palmares) {
    return switch (this) {
      case TEXT -> PalmaresText.render(palmares);
      case CSV -> PalmaresCsv.render(palmares);
      case JSON -> JsonViews.palmares(palmares);
      case HTML -> PalmaresHtml.render(palmares);
    };
  }
}
