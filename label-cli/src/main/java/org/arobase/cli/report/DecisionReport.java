package org.arobase.cli.report;

import static org.arobase.cli.report.Html.escape;

import java.util.List;
import org.arobase.core.Dossier;
import org.arobase.core.Mention;
import org.arobase.core.decision.AxisScore;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.core.decision.IgnoredInitiative;
import org.arobase.core.decision.Reason;
import org.arobase.core.internal.French;

/**
 * A self-contained HTML page for one dossier: the collectivité, its level drawn as the
 * <em>panneau</em> (the green @ when the transition écologique mention applies), the
 * <em>mosaïque</em> of the 16 enjeux as SVG, the reasons, the ignored initiatives and what
 * is missing for the next level. No external resource: the page opens offline.
 */
public final class DecisionReport {

  /** The mention that turns one @ of the panneau green. */
  static final String GREEN_MENTION = "TRANSITION_ECOLOGIQUE";
  private static final int TILE = 120;
  private static final int GAP = 10;

  private DecisionReport() {}

  /**
   * @param dossier the rated dossier
   * @param decision its decision
   * @return the HTML page
   */
  public static String render(Dossier dossier, Decision decision) {
    StringBuilder html = new StringBuilder(32_768);
    String name = decision.collectivity().name();
    html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(name)).append(" — label ").append(decision.edition()).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    html.append("<header><div>\n<h1>").append(escape(name)).append("</h1>\n<p class=\"meta\">")
        .append(decision.collectivity().category() == null ? "" : familyOf(decision)).append(" · code ")
        .append(escape(decision.collectivity().code())).append(" · ")
        .append(French.number(dossier.collectivity().population()))
        .append(" habitants · label ").append(decision.edition()).append("</p>\n");
    html.append("<p class=\"proposal\">Proposition du moteur de règles : <strong>").append(decision.arobases())
        .append(" @</strong>. Le niveau attribué est celui du jury.</p>\n</div>\n");
    html.append(panneau(decision)).append("</header>\n");

    if (!decision.mentions().isEmpty() || !decision.distinctions().isEmpty()) {
      html.append("<section><h2>Mentions et distinctions proposées</h2>\n<ul class=\"badges\">\n");
      for (Mention m : decision.mentions()) {
        html.append("<li class=\"badge").append(m.code().equals(GREEN_MENTION) ? " green" : "").append("\">")
            .append(escape(m.label())).append("</li>\n");
      }
      decision.distinctions().forEach(d -> html.append("<li class=\"badge gold\">").append(escape(d.label())).append("</li>\n"));
      html.append("</ul>\n</section>\n");
    }

    html.append("<section><h2>Mosaïque des 16 enjeux</h2>\n<p>Score global : <strong>")
        .append(French.wholePercent(decision.mosaic().score())).append("</strong> des services applicables couverts en moyenne · ")
        .append(decision.mosaic().coveredEnjeux()).append(" enjeux sur ").append(decision.mosaic().enjeux().size())
        .append(" touchés · ").append(decision.eligibleInitiatives().size())
        .append(decision.eligibleInitiatives().size() > 1 ? " initiatives retenues" : " initiative retenue").append(".</p>\n")
        .append(mosaic(decision)).append("</section>\n");

    decision.next().ifPresent(next -> {
      html.append("<section><h2>Pour atteindre ").append(next.arobases()).append(" @</h2>\n<ul>\n");
      for (Reason r : next.missing()) {
        html.append("<li>").append(reasonText(r)).append("</li>\n");
      }
      html.append("</ul>\n");
      if (!next.uncoveredEnjeux().isEmpty()) {
        html.append("<p>Enjeux sans service couvert : ").append(escape(String.join(", ", next.uncoveredEnjeux().stream()
            .map(code -> decision.mosaic().enjeu(code).map(e -> e.label() + " (" + code + ")").orElse(code)).toList())))
            .append(".</p>\n");
      }
      html.append("</section>\n");
    });

    // The level, obligations, mentions and distinctions first; the long list of counted initiatives folded.
    List<Reason> decisive = decision.reasons().stream().filter(r -> !r.rule().startsWith("ELIGIBILITY.")).toList();
    List<Reason> eligibility = decision.reasons().stream().filter(r -> r.rule().startsWith("ELIGIBILITY.")).toList();
    html.append("<section><h2>Raisons</h2>\n");
    reasonTable(html, decisive);
    if (!eligibility.isEmpty()) {
      html.append("<details><summary>Éligibilité des ").append(eligibility.size()).append(" initiatives</summary>\n");
      reasonTable(html, eligibility);
      html.append("</details>\n");
    }
    html.append("</section>\n");

    if (!decision.ignoredInitiatives().isEmpty()) {
      html.append("<section><h2>Initiatives non retenues</h2>\n<ul>\n");
      for (IgnoredInitiative i : decision.ignoredInitiatives()) {
        String title = dossier.initiatives().stream().filter(x -> x.id().equals(i.id())).findFirst()
            .map(x -> x.title()).orElse(i.id());
        html.append("<li><strong>").append(escape(title)).append("</strong> (<code>").append(escape(i.id()))
            .append("</code>) : ").append(escape(i.message())).append("</li>\n");
      }
      html.append("</ul>\n</section>\n");
    }
    var p = decision.provenance();
    html.append("<footer>Matrice ").append(escape(p.matrixVersion())).append(" · règles ").append(escape(p.ruleSetId()))
        .append(" (").append(escape(p.ruleSetHash().length() > 12 ? p.ruleSetHash().substring(0, 12) : p.ruleSetHash()))
        .append(") · paramètres ").append(escape(p.parametersVersion())).append(" · arobase ")
        .append(escape(p.libraryVersion())).append(" · ").append(escape(p.formatVersion())).append("</footer>\n");
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void reasonTable(StringBuilder html, List<Reason> reasons) {
    html.append("<table>\n<thead><tr><th>Règle</th><th>Résultat</th><th>Valeur</th>"
        + "<th>Attendu</th><th>Explication</th></tr></thead>\n<tbody>\n");
    for (Reason r : reasons) {
      html.append("<tr class=\"").append(r.met() ? "met" : "missed").append("\"><td><code>").append(escape(r.rule()))
          .append("</code></td><td>").append(r.met() ? "atteint" : "manqué").append("</td><td>").append(escape(r.actual()))
          .append("</td><td>").append(escape(r.expected())).append("</td><td>").append(escape(r.message()))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static String familyOf(Decision decision) {
    return switch (decision.collectivity().category()) {
      case VILLAGE -> "Village Internet";
      case VILLE -> "Ville Internet";
      case TERRITOIRE -> "Territoire Internet";
    };
  }

  /** The panneau: a white board with a red border, the arobases in a row, the millésime below. */
  static String panneau(Decision decision) {
    int level = decision.arobases();
    boolean green = decision.mentions().stream().anyMatch(m -> m.code().equals(GREEN_MENTION));
    int width = 90 + 62 * 5;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"panneau\" role=\"img\" viewBox=\"0 0 ").append(width).append(" 170\" width=\"").append(width)
        .append("\" height=\"170\" aria-label=\"").append(level).append(" arobase").append(level > 1 ? "s" : "")
        .append(green ? ", dont une arobase verte" : "").append("\">\n");
    svg.append("<rect x=\"4\" y=\"4\" width=\"").append(width - 8).append("\" height=\"162\" rx=\"14\" fill=\"#fff\" stroke=\"#c8102e\" stroke-width=\"8\"/>\n");
    svg.append("<text x=\"").append(width / 2).append("\" y=\"36\" text-anchor=\"middle\" class=\"p-title\">")
        .append(escape(familyOf(decision))).append("</text>\n");
    for (int i = 0; i < 5; i++) {
      boolean lit = i < level;
      // The green @ of the transition écologique is the last lit one.
      String fill = !lit ? "#e3e3e3" : green && i == level - 1 ? "#2e9d48" : "#1f4e9c";
      svg.append("<text x=\"").append(60 + 62 * i + 31).append("\" y=\"112\" text-anchor=\"middle\" class=\"at\" fill=\"")
          .append(fill).append("\">@</text>\n");
    }
    svg.append("<text x=\"").append(width / 2).append("\" y=\"152\" text-anchor=\"middle\" class=\"p-year\">")
        .append(decision.edition()).append("</text>\n</svg>\n");
    return svg.toString();
  }

  /** The mosaïque: one tile per enjeu, one column per axis, coloured by score. */
  static String mosaic(Decision decision) {
    List<AxisScore> axes = decision.mosaic().axes();
    int rows = axes.stream().mapToInt(a -> enjeuxOf(decision, a).size()).max().orElse(0);
    int width = axes.size() * (TILE + GAP) + GAP;
    int height = 60 + rows * (TILE + GAP) + GAP;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"mosaic\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" aria-label=\"Mosaïque des enjeux\">\n");
    for (int a = 0; a < axes.size(); a++) {
      AxisScore axis = axes.get(a);
      int x = GAP + a * (TILE + GAP);
      svg.append("<text x=\"").append(x + TILE / 2).append("\" y=\"22\" text-anchor=\"middle\" class=\"axis\">")
          .append(escape(axis.code())).append(" · ").append(French.wholePercent(axis.score())).append("</text>\n");
      svg.append("<text x=\"").append(x + TILE / 2).append("\" y=\"42\" text-anchor=\"middle\" class=\"axis-label\">")
          .append(escape(shorten(axis.label(), 19))).append("</text>\n");
      List<EnjeuScore> enjeux = enjeuxOf(decision, axis);
      for (int r = 0; r < enjeux.size(); r++) {
        EnjeuScore e = enjeux.get(r);
        int y = 60 + r * (TILE + GAP);
        svg.append("<g><title>").append(escape(e.label())).append(" : ").append(e.coveredServices()).append('/')
            .append(e.totalServices()).append(" services, ").append(e.initiatives()).append(" initiatives</title>\n")
            .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(TILE)
            .append("\" height=\"").append(TILE).append("\" rx=\"8\" fill=\"").append(colour(e.score())).append("\"/>\n")
            .append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 24).append("\" class=\"code\">")
            .append(escape(e.code())).append("</text>\n")
            .append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 46).append("\" class=\"label\">")
            .append(escape(shorten(e.label(), 17))).append("</text>\n")
            .append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 84).append("\" class=\"score\">")
            .append(e.coveredServices()).append('/').append(e.totalServices()).append("</text>\n")
            .append("<text x=\"").append(x + 10).append("\" y=\"").append(y + 106).append("\" class=\"label\">")
            .append(e.initiatives()).append(" initiative").append(e.initiatives() > 1 ? "s" : "").append("</text>\n</g>\n");
      }
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static List<EnjeuScore> enjeuxOf(Decision decision, AxisScore axis) {
    return decision.mosaic().enjeux().stream().filter(e -> e.axis().equals(axis.code())).toList();
  }

  /** From pale grey (nothing covered) to deep blue (everything covered). */
  static String colour(double score) {
    if (score <= 0) {
      return "#eceff3";
    }
    double t = Math.min(1, score);
    int r = (int) Math.round(198 + (31 - 198) * t);
    int g = (int) Math.round(219 + (78 - 219) * t);
    int b = (int) Math.round(239 + (156 - 239) * t);
    return String.format("#%02x%02x%02x", r, g, b);
  }

  private static String reasonText(Reason r) {
    String values = r.actual().isEmpty() ? "" : " (" + r.actual() + (r.expected().isEmpty() ? "" : " ; attendu " + r.expected()) + ")";
    return escape(r.message() + values);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
      main{max-width:1000px;margin:0 auto;padding:24px}
      header{display:flex;justify-content:space-between;align-items:center;gap:24px;flex-wrap:wrap}
      h1{margin:0 0 4px;font-size:2rem} h2{font-size:1.25rem;margin:0 0 12px}
      .meta{color:#5b6475;margin:0} .proposal{margin:12px 0 0}
      section{background:#fff;border-radius:12px;padding:20px;margin:20px 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
      .p-title{font-size:22px;font-weight:700;fill:#1d2330} .p-year{font-size:24px;font-weight:700;fill:#c8102e}
      .at{font-size:64px;font-weight:800}
      .axis{font-size:15px;font-weight:700;fill:#1d2330} .axis-label{font-size:11px;fill:#5b6475}
      .code{font-size:15px;font-weight:700;fill:#1d2330} .label{font-size:11px;fill:#1d2330}
      .score{font-size:26px;font-weight:700;fill:#1d2330}
      .badges{list-style:none;padding:0;display:flex;gap:8px;flex-wrap:wrap}
      .badge{background:#1f4e9c;color:#fff;border-radius:999px;padding:6px 14px}
      .badge.green{background:#2e9d48} .badge.gold{background:#b8860b}
      table{border-collapse:collapse;width:100%;font-size:.9rem} th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e5e7eb;vertical-align:top}
      tr.missed td:nth-child(2){color:#b42318} tr.met td:nth-child(2){color:#067647}
      footer{color:#5b6475;font-size:.8rem;margin-top:24px}
      details{margin-top:12px} summary{cursor:pointer;color:#1f4e9c}
      """;
}
