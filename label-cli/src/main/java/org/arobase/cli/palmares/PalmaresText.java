package org.arobase.cli.palmares;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.arobase.core.geo.Resolution;
import org.arobase.core.palmares.Palmares;
import org.arobase.core.palmares.PalmaresEntry;

/** The palmarès as French text. */
final class PalmaresText {
  private PalmaresText() {}

  static String render(Palmares palmares) {
    StringBuilder out = new StringBuilder();
    out.append("Palmarès : ").append(French.collectivites(palmares.total()))
        .append(" dans ").append(palmares.regions().size()).append(palmares.regions().size() == 1 ? " région" : " régions").append('\n');
    out.append(levels(palmares.byArobases())).append('\n');
    out.append(French.families(palmares, "   ")).append('\n');
    out.append("Habitants : ").append(French.number(palmares.inhabitants())).append('\n');
    for (Palmares.Region region : palmares.regions()) {
      out.append('\n').append(region.name()).append(" (").append(French.collectivites(region.total())).append(")\n");
      String departement = null;
      for (PalmaresEntry e : region.entries()) {
        String d = French.departement(e.departement());
        if (!Objects.equals(d, departement)) {
          out.append("  ").append(d).append('\n');
          departement = d;
        }
        out.append("    ").append(e.arobases()).append("@  ").append(e.name());
        String member = French.member(e);
        if (!member.isEmpty()) {
          out.append(" — ").append(member);
        }
        e.code().ifPresent(code -> out.append(" [").append(code).append(']'));
        if (!e.mentions().isEmpty()) {
          out.append(" ; mentions : ").append(e.mentions().stream().map(m -> m.label()).collect(Collectors.joining(", ")));
        }
        if (!e.distinctions().isEmpty()) {
          out.append(" ; ").append(e.distinctions().stream().map(x -> x.label()).collect(Collectors.joining(", ")));
        }
        out.append('\n');
      }
    }
    if (!palmares.unresolved().isEmpty()) {
      out.append("\nNoms non identifiés (").append(palmares.unresolved().size()).append(")\n");
      palmares.unresolved().forEach(u -> out.append("  ").append(u.query()).append('\n'));
    }
    if (!palmares.ambiguous().isEmpty()) {
      out.append("\nNoms ambigus (").append(palmares.ambiguous().size()).append(")\n");
      for (Resolution a : palmares.ambiguous()) {
        out.append("  ").append(a.query()).append(" : ").append(a.candidates().stream()
            .map(c -> c.name() + " (" + c.code() + ", " + c.departement() + ")").collect(Collectors.joining(", "))).append('\n');
      }
    }
    if (!palmares.problems().isEmpty()) {
      out.append("\nCodes à vérifier (").append(palmares.problems().size()).append(")\n");
      palmares.problems().forEach(p -> out.append("  ").append(French.problem(p)).append('\n'));
    }
    return out.toString();
  }

  static String levels(Map<Integer, Integer> byArobases) {
    StringBuilder sb = new StringBuilder();
    for (int level = 5; level >= 1; level--) {
      if (sb.length() > 0) {
        sb.append("   ");
      }
      sb.append(level).append("@ : ").append(French.number(byArobases.getOrDefault(level, 0)));
    }
    return sb.toString();
  }
}
