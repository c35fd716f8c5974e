package org.arobase.cli.palmares;

import static org.arobase.cli.palmares.Html.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.arobase.core.geo.Resolution;
import org.arobase.core.palmares.Palmares;
import org.arobase.core.palmares.PalmaresEntry;

/** The palmarès as one self-contained HTML page: inline CSS and SVG, no script, no external resource. */
final class PalmaresHtml {
  private static final String[] LEVEL_COLOURS = {"#c9d7e8", "#9bb8db", "#6b96c9", "#3f74b5", "#1d4f91"};

  private PalmaresHtml() {}

  static String render(Palmares palmares) {
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Palmarès du label Territoires, Villes et Villages Internet</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    out.append("<h1>Palmarès du label Territoires, Villes et Villages Internet</h1>\n");
    out.append("<p class=\"summary\">").append(escape(French.collectivites(palmares.total()))).append(" dans ")
        .append(palmares.regions().size()).append(" régions · ")
        .append(escape(French.families(palmares, " · ")))
        .append(" · ").append(escape(French.number(palmares.inhabitants()))).append(" habitants</p>\n");
    out.append("<section class=\"charts\">\n<figure>\n<figcaption>Répartition par nombre d&#39;arobases</figcaption>\n")
        .append(levelChart(palmares.byArobases())).append("</figure>\n");
    out.append("<figure>\n<figcaption>Collectivités par région</figcaption>\n").append(regionChart(palmares.regions()))
        .append("</figure>\n</section>\n");
    for (Palmares.Region region : palmares.regions()) {
      out.append("<section class=\"region\">\n<h2>").append(escape(region.name())).append(" <small>")
          .append(escape(French.collectivites(region.total()))).append("</small></h2>\n");
      out.append("<table>\n<thead><tr><th>Département</th><th>Arobases</th><th>Collectivité</th><th>Famille</th><th>Code</th></tr></thead>\n<tbody>\n");
      for (PalmaresEntry e : region.entries()) {
        out.append("<tr><td>").append(escape(French.departement(e.departement()))).append("</td><td class=\"level l")
            .append(e.arobases()).append("\">").append(e.arobases()).append("@</td><td>").append(escape(e.name()))
            .append("</td><td>").append(escape(French.member(e))).append("</td><td>")
            .append(escape(e.code().orElse("—"))).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }
    if (!palmares.unresolved().isEmpty() || !palmares.ambiguous().isEmpty() || !palmares.problems().isEmpty()) {
      out.append("<section class=\"unidentified\">\n<h2>Noms à vérifier</h2>\n<ul>\n");
      for (Resolution u : palmares.unresolved()) {
        out.append("<li><strong>").append(escape(u.query())).append("</strong> : non identifié</li>\n");
      }
      for (Resolution a : palmares.ambiguous()) {
        out.append("<li><strong>").append(escape(a.query())).append("</strong> : ambigu entre ")
            .append(escape(String.join(", ", a.candidates().stream().map(c -> c.name() + " (" + c.code() + ")").toList())))
            .append("</li>\n");
      }
      for (Palmares.Problem p : palmares.problems()) {
        out.append("<li>").append(escape(French.problem(p))).append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  /** Vertical bars, one per level from 1@ to 5@, with the count above each. */
  static String levelChart(Map<Integer, Integer> byArobases) {
    int width = 360;
    int height = 200;
    int base = 170;
    int max = Math.max(1, byArobases.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"levels\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(escape("Répartition par nombre d'arobases")).append("\">\n");
    for (int level = 1; level <= 5; level++) {
      int n = byArobases.getOrDefault(level, 0);
      int barHeight = (int) Math.round(140.0 * n / max);
      int x = 20 + (level - 1) * 68;
      svg.append("<rect x=\"").append(x).append("\" y=\"").append(base - barHeight).append("\" width=\"48\" height=\"")
          .append(barHeight).append("\" fill=\"").append(LEVEL_COLOURS[level - 1]).append("\"><title>").append(level)
          .append("@ : ").append(n).append("</title></rect>\n");
      svg.append("<text x=\"").append(x + 24).append("\" y=\"").append(base - barHeight - 5)
          .append("\" text-anchor=\"middle\">").append(n).append("</text>\n");
      svg.append("<text x=\"").append(x + 24).append("\" y=\"").append(base + 18)
          .append("\" text-anchor=\"middle\">").append(level).append("@</text>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  /** Horizontal bars, one per region, stacked by level from 5@ to 1@, with a legend of the levels. */
  static String regionChart(List<Palmares.Region> regions) {
    int row = 22;
    int labelWidth = 230;
    int barSpace = 300;
    int legend = Math.max(row, regions.size() * row) + 10;
    int height = legend + 24;
    int max = Math.max(1, regions.stream().mapToInt(Palmares.Region::total).max().orElse(1));
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"regions\" viewBox=\"0 0 ").append(labelWidth + barSpace + 50).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"Collectivités par région\">\n");
    for (int i = 0; i < regions.size(); i++) {
      Palmares.Region region = regions.get(i);
      int y = 5 + i * row;
      svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
          .append(escape(region.name())).append("</text>\n");
      double x = labelWidth;
      for (int level = 5; level >= 1; level--) {
        int n = region.byArobases().get(level);
        if (n == 0) {
          continue;
        }
        double w = (double) barSpace * n / max;
        svg.append("<rect x=\"").append(format(x)).append("\" y=\"").append(y + 3).append("\" width=\"").append(format(w))
            .append("\" height=\"16\" fill=\"").append(LEVEL_COLOURS[level - 1]).append("\"><title>")
            .append(escape(region.name())).append(" — ").append(level).append("@ : ").append(n).append("</title></rect>\n");
        x += w;
      }
      svg.append("<text x=\"").append(format(x + 6)).append("\" y=\"").append(y + 15).append("\">").append(region.total())
          .append("</text>\n");
    }
    for (int level = 5; level >= 1; level--) {
      int x = labelWidth + (5 - level) * 56;
      svg.append("<rect x=\"").append(x).append("\" y=\"").append(legend + 4).append("\" width=\"14\" height=\"14\" fill=\"")
          .append(LEVEL_COLOURS[level - 1]).append("\"/>\n<text x=\"").append(x + 18).append("\" y=\"").append(legend + 16)
          .append("\">").append(level).append("@</text>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #1b1b1b; padding: 0 1rem; }
      h1 { font-size: 1.6rem; }
      .summary { color: #444; }
      .charts { display: flex; flex-wrap: wrap; gap: 2rem; }
      figure { margin: 0; }
      figcaption { font-weight: 600; margin-bottom: .5rem; }
      svg text { font-size: 12px; fill: #1b1b1b; }
      svg.levels { width: 360px; }
      svg.regions { width: 580px; }
      table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
      th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #ddd; }
      td.level { font-weight: 700; color: #1d4f91; }
      h2 small { font-weight: 400; color: #666; font-size: .9rem; }
      """;
}
