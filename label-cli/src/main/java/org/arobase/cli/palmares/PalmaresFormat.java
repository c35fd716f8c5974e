package org.arobase.cli.palmares;

import java.util.Locale;
import org.arobase.core.palmares.Palmares;
import org.arobase.report.palmares.PalmaresPage;

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
  /** The self-contained HTML page of label-report ({@link PalmaresPage}): map, charts and tables. */
  HTML;

  /**
   * @param palmares the palmarès
   * @return it written in this format, the page in French
   */
  public String render(Palmares palmares) {
    return render(palmares, Locale.FRENCH);
  }

  /**
   * @param palmares the palmarès
   * @param locale the language of the HTML page (French unless English)
   * @return it written in this format
   */
  public String render(Palmares palmares, Locale locale) {
    return switch (this) {
      case TEXT -> PalmaresText.render(palmares);
      case CSV -> PalmaresCsv.render(palmares);
      case JSON -> JsonViews.palmares(palmares);
      case HTML -> PalmaresPage.render(palmares, locale);
    };
  }
}
