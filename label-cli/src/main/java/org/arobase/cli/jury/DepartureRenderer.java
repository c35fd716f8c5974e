package org.arobase.cli.jury;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.arobase.core.Category;
import org.arobase.core.jury.DepartureReport;
import org.arobase.core.jury.Departures;
import org.arobase.core.palmares.Palmares;

/** Renders a {@link DepartureReport} for {@code arobase jury report}. */
public final class DepartureRenderer {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The families in their published order: Villes, Villages, Territoires Internet. */
  private static final List<Category> FAMILIES = List.of(Category.VILLE, Category.VILLAGE, Category.TERRITOIRE);

  private DepartureRenderer() {}

  /**
   * {@code {"compared", "overall": {…}, "byLevel": {"1": {…}, …}, "byCategory": {"VILLAGE": {…}, …},
   * "differences": {"-1": n, "2": n}, "mentionsChanged", "distinctionsChanged", "uncompared": [codes]}}
   * where each {@code {…}} is {@code {"count", "agreements", "raised", "lowered", "agreementShare",
   * "meanDifference", "meanAbsoluteDifference"}}; shares and means are rounded to 3 decimals.
   *
   * @param report a report
   * @return the report as indented JSON, ending with a new line
   */
  public static String json(DepartureReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("compared", report.overall().count());
    departures(root.putObject("overall"), report.overall());
    ObjectNode byLevel = root.putObject("byLevel");
    report.byLevel().forEach((level, d) -> departures(byLevel.putObject(String.valueOf(level)), d));
    ObjectNode byCategory = root.putObject("byCategory");
    for (Category c : FAMILIES) {
      Departures d = report.byCategory().get(c);
      if (d != null) {
        departures(byCategory.putObject(c.name()), d);
      }
    }
    ObjectNode differences = root.putObject("differences");
    report.differences().forEach((difference, count) -> differences.put(String.valueOf(difference), count));
    root.put("mentionsChanged", report.mentionsChanged());
    root.put("distinctionsChanged", report.distinctionsChanged());
    report.uncompared().forEach(root.putArray("uncompared")::add);
    if (report.uncompared().isEmpty()) {
      root.putArray("uncompared");
    }
    return root.toPrettyString() + "\n";
  }

  private static void departures(ObjectNode node, Departures d) {
    node.put("count", d.count()).put("agreements", d.agreements()).put("raised", d.raised())
        .put("lowered", d.lowered()).put("agreementShare", round(d.agreementShare()))
        .put("meanDifference", round(d.meanDifference())).put("meanAbsoluteDifference", round(d.meanAbsoluteDifference()));
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  /**
   * @param report a report
   * @return the report for people, in French
   */
  public static String text(DepartureReport report) {
    StringBuilder sb = new StringBuilder();
    Departures all = report.overall();
    sb.append(String.format(Locale.FRANCE, "Écarts du jury par rapport au moteur — %d dossier%s comparé%s%n",
        all.count(), JuryPlanRenderer.plural(all.count()), JuryPlanRenderer.plural(all.count())));
    sb.append("  ").append(line(all)).append('\n');
    if (!report.byLevel().isEmpty()) {
      sb.append("\nPar niveau proposé par le moteur\n");
      report.byLevel().forEach((level, d) -> sb.append(String.format("  %-20s  %s%n", level + "@", line(d))));
    }
    if (!report.byCategory().isEmpty()) {
      sb.append("\nPar catégorie\n");
      for (Category c : FAMILIES) {
        Departures d = report.byCategory().get(c);
        if (d != null) {
          sb.append(String.format("  %-20s  %s%n", Palmares.family(c), line(d)));
        }
      }
    }
    if (!report.differences().isEmpty()) {
      sb.append("\nÉcarts (attribué − proposé)\n");
      for (Map.Entry<Integer, Integer> e : report.differences().entrySet()) {
        sb.append(String.format(Locale.FRANCE, "  %+d @ : %d dossier%s%n", e.getKey(), e.getValue(),
            JuryPlanRenderer.plural(e.getValue())));
      }
    }
    sb.append(String.format(Locale.FRANCE, "%nMentions modifiées : %d ; distinctions modifiées : %d%n",
        report.mentionsChanged(), report.distinctionsChanged()));
    if (!report.uncompared().isEmpty()) {
      sb.append("Sans proposition du moteur (non comparés) : ").append(String.join(", ", report.uncompared()))
          .append('\n');
    }
    return sb.toString();
  }

  private static String line(Departures d) {
    return String.format(Locale.FRANCE,
        "%d dossier%s : accord %d (%.0f %%), relevés %d, abaissés %d, écart moyen %+.2f @, écart absolu moyen %.2f @",
        d.count(), JuryPlanRenderer.plural(d.count()), d.agreements(), d.agreementShare() * 100, d.raised(),
        d.lowered(), d.meanDifference(), d.meanAbsoluteDifference());
  }
}
