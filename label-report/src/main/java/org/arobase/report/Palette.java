package org.arobase.report;

import java.util.List;

/**
 * The colours of the mosaïque's tiles: one band per share of an enjeu's applicable services
 * covered, each with the text colour, white or dark, that reads best on it (WCAG 2.1 contrast
 * ratio, at least 4.5:1 for every band, as the tests check).
 */
final class Palette {

  /** The text of the page, dark on light backgrounds. */
  static final String DARK = "#1d2330";
  static final String WHITE = "#ffffff";

  /**
   * One band of the legend.
   *
   * @param from the lowest whole percentage of the band ({@code 0} for the band of nothing covered)
   * @param to the highest whole percentage of the band
   * @param background the tile's colour
   * @param text the colour of the tile's text, the one of white and dark that contrasts most
   */
  record Band(int from, int to, String background, String text) {
    Band(int from, int to, String background) {
      this(from, to, background, readableOn(background));
    }

    /** @return whether this is the band of the enjeux with no service covered */
    boolean none() {
      return to == 0;
    }

    /** @return whether this is the band of the enjeux with every applicable service covered */
    boolean full() {
      return from == 100;
    }
  }

  /** From pale grey (nothing covered) to deep blue (everything covered); the bounds are whole percentages. */
  static final List<Band> BANDS = List.of(
      new Band(0, 0, "#eef1f5"),
      new Band(1, 24, "#d6e4f5"),
      new Band(25, 49, "#a9c8ec"),
      new Band(50, 74, "#7fa9de"),
      new Band(75, 99, "#2b5aa0"),
      new Band(100, 100, "#173d7a"));

  private Palette() {}

  /**
   * @param score the covered share, 0 to 1
   * @return its band: nothing covered, then by the whole percentage rounded down (49.9 % is in 25–49 %)
   */
  static Band band(double score) {
    if (!(score > 0)) {
      return BANDS.get(0);
    }
    int percent = (int) Math.floor(Math.min(1, score) * 100 + 1e-9);
    for (int i = BANDS.size() - 1; i > 0; i--) {
      if (percent >= BANDS.get(i).from()) {
        return BANDS.get(i);
      }
    }
    return BANDS.get(1);
  }

  /**
   * @param background a colour {@code #rrggbb}
   * @return white or the dark text colour, whichever contrasts most with it
   */
  static String readableOn(String background) {
    return ratio(WHITE, background) >= ratio(DARK, background) ? WHITE : DARK;
  }

  /**
   * @param a a colour {@code #rrggbb}
   * @param b another
   * @return their WCAG 2.1 contrast ratio, 1 to 21
   */
  static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** The relative luminance of WCAG 2.1 (sRGB channels linearised, weighted 0.2126, 0.7152, 0.0722). */
  private static double luminance(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
  }

  private static double linear(int channel) {
    double c = (channel & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
