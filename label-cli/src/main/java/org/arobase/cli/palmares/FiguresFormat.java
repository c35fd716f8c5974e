package org.arobase.cli.palmares;

import org.arobase.core.palmares.KeyFigures;

/**
 * The formats {@link KeyFigures} are written in (docs/PALMARES.md).
 *
 * <pre>{@code
 * String json = FiguresFormat.JSON.render(KeyFigures.builder(2022).add(dossier, decision).build());
 * }</pre>
 */
public enum FiguresFormat {
  /** French text for people: the <em>chiffres clés</em>. */
  TEXT,
  /** The JSON contract of docs/PALMARES.md ({@code edition}, {@code dossiers}, {@code byKind}, … {@code growth}). */
  JSON;

  /**
   * @param figures the key figures
   * @return them written in this format
   */
  public String render(KeyFigures figures) {
    return switch (this) {
      case TEXT -> FiguresText.render(figures);
      case JSON -> JsonViews.figures(figures);
    };
  }
}
