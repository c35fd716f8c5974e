package org.arobase.cli.palmares;

import java.util.Map;
import org.arobase.core.Edition;
import org.arobase.core.Mention;
import org.arobase.core.palmares.KeyFigures;

/** The key figures as French text. */
final class FiguresText {
  private FiguresText() {}

  static String render(KeyFigures f) {
    Map<String, Integer> kinds = f.byKind();
    StringBuilder out = new StringBuilder();
    out.append("Chiffres clés du label ").append(f.edition())
        .append(Edition.find(f.edition()).map(e -> " (" + e.number() + "e label)").orElse("")).append('\n');
    out.append("Dossiers : ").append(French.number(f.dossiers()))
        .append(" dont ").append(French.number(kinds.get("INTERCOMMUNALITE"))).append(" intercommunalités, ")
        .append(French.number(kinds.get("VILLAGE"))).append(" villages et ")
        .append(French.number(kinds.get("VILLE"))).append(" villes\n");
    out.append("Initiatives : ").append(French.number(f.initiatives())).append('\n');
    out.append("Habitants : ").append(French.number(f.inhabitants())).append('\n');
    out.append("Régions : ").append(f.regions()).append('\n');
    out.append("Arobases : ").append(PalmaresText.levels(f.byArobases())).append('\n');
    if (!f.mentions().isEmpty()) {
      out.append("Mentions :\n");
      f.mentions().forEach((code, n) -> out.append("  ").append(label(f.edition(), code)).append(" : ")
          .append(French.number(n)).append('\n'));
    }
    f.growth().ifPresent(g -> out.append("Progression : ").append(French.percent(g.percent()))
        .append(" (").append(French.number(g.dossiers())).append(" dossiers contre ")
        .append(French.number(g.previousDossiers())).append(" l'année précédente)\n"));
    if (!f.published().isEmpty()) {
      out.append("Comparaison avec les chiffres publiés du label ").append(f.edition()).append(" :\n");
      for (KeyFigures.Comparison c : f.published()) {
        out.append("  ").append(c.figure()).append(" : ").append(French.number(c.computed())).append(" calculés, ")
            .append(French.number(c.published())).append(" publiés (").append(c.source()).append(")\n");
      }
    }
    if (!f.publishedGrowth().isEmpty()) {
      out.append("Participation publiée, d'un label à l'autre :\n");
      for (KeyFigures.YearOnYear y : f.publishedGrowth()) {
        out.append("  ").append(y.year()).append(" : ").append(French.number(y.participants())).append(" contre ")
            .append(French.number(y.previousParticipants())).append(" (").append(French.percent(y.percent())).append(")\n");
      }
    }
    return out.toString();
  }

  private static String label(int edition, String code) {
    return Edition.find(edition).flatMap(e -> e.mention(code)).map(Mention::label).orElse(code);
  }
}
