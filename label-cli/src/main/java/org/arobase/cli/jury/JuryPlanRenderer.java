package org.arobase.cli.jury;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.arobase.core.jury.Assignment;
import org.arobase.core.jury.JuryPlan;
import org.arobase.core.jury.Juror;
import org.arobase.core.jury.PlannedDossier;

/** Renders a {@link JuryPlan} for {@code arobase jury plan}. */
public final class JuryPlanRenderer {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JuryPlanRenderer() {}

  /**
   * The JSON contract of docs/JURY.md, {@code {"binomes": [{"jurors": [id, id], "dossiers": [key, …],
   * "initiatives": n}], "spread": {"min", "max"}}}, with three more fields: {@code "bound"} (the
   * initiatives of the largest dossier, the most the spread may be), {@code "unpaired"} (the
   * reserve juror's id, or {@code null}) and {@code "seed"}.
   *
   * @param plan a plan
   * @return the plan as indented JSON, ending with a new line
   */
  public static String json(JuryPlan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode binomes = root.putArray("binomes");
    for (Assignment a : plan.assignments()) {
      ObjectNode b = binomes.addObject();
      a.binome().ids().forEach(b.putArray("jurors")::add);
      ArrayNode dossiers = b.putArray("dossiers");
      a.dossiers().forEach(d -> dossiers.add(d.key()));
      b.put("initiatives", a.initiatives());
    }
    root.putObject("spread").put("min", plan.minInitiatives()).put("max", plan.maxInitiatives());
    root.put("bound", plan.bound());
    root.put("unpaired", plan.unpaired().map(Juror::id).orElse(null));
    root.put("seed", plan.seed());
    return root.toPrettyString() + "\n";
  }

  /**
   * @param plan a plan
   * @return the plan for people, in French: each binôme with its dossiers and workload, the
   *     reserve juror, then the spread of the workloads against its bound
   */
  public static String text(JuryPlan plan) {
    StringBuilder sb = new StringBuilder();
    int initiatives = plan.assignments().stream().mapToInt(Assignment::initiatives).sum();
    sb.append(String.format(Locale.FRANCE, "Plan du jury — %d binôme%s, %d dossier%s, %d initiative%s (graine %d)%n",
        plan.binomes().size(), plural(plan.binomes().size()), plan.dossierCount(), plural(plan.dossierCount()),
        initiatives, plural(initiatives), plan.seed()));
    int keyWidth = plan.assignments().stream().flatMap(a -> a.dossiers().stream())
        .mapToInt(d -> d.key().length()).max().orElse(0);
    int number = 1;
    for (Assignment a : plan.assignments()) {
      sb.append(String.format(Locale.FRANCE, "%nBinôme %d : %s + %s — %d dossier%s, %d initiative%s%n", number++,
          who(a.binome().first()), who(a.binome().second()), a.dossiers().size(), plural(a.dossiers().size()),
          a.initiatives(), plural(a.initiatives())));
      for (PlannedDossier d : a.dossiers()) {
        String label = d.key().equals(d.code()) ? d.name() : d.code() + " " + d.name();
        sb.append(String.format(Locale.FRANCE, "  %-" + keyWidth + "s  %s — %d initiative%s%n", d.key(), label,
            d.initiatives(), plural(d.initiatives())));
      }
    }
    plan.unpaired().ifPresent(j -> sb.append(String.format(
        "%nRéserve : %s (nombre impair de jurés : libre de se joindre aux débats)%n", who(j))));
    sb.append(String.format(Locale.FRANCE,
        "%nCharge des binômes : de %d à %d initiatives, écart %d (au plus %d, le plus gros dossier)%n",
        plan.minInitiatives(), plan.maxInitiatives(), plan.spread(), plan.bound()));
    return sb.toString();
  }

  private static String who(Juror j) {
    return j.name().isBlank() || j.name().equals(j.id()) ? j.id() : j.name() + " (" + j.id() + ")";
  }

  static String plural(int n) {
    return n > 1 ? "s" : "";
  }
}
