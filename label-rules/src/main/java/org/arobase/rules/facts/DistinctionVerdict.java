package org.arobase.rules.facts;

import org.arobase.core.Distinction;
import java.util.List;
import org.arobase.core.decision.Measure;
import org.arobase.core.decision.Measure.Comparison;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;

/**
 * Whether a distinction is proposed to the jury (fact inserted by the distinction rules).
 *
 * @param distinction the distinction
 * @param proposed whether its criteria hold
 * @param reason its reason, rule {@code DISTINCTION.<name>}
 */
public record DistinctionVerdict(Distinction distinction, boolean proposed, Reason reason) implements Explained {

  /**
   * From 2022: 5@ now, {@code minFiveAtLabels} 5@ labels in all with this one, and not held
   * within its validity; the continuity of {@link #judgeContinuity} when the parameter says
   * {@code consecutive}.
   *
   * @param p the distinction's criteria
   * @param ctx the dossier
   * @param level the level proposed this year
   * @return the verdict, rule {@code DISTINCTION.<name>}
   */
  public static DistinctionVerdict judge(DistinctionParameter p, RatingContext ctx, int level) {
    if (p.consecutive()) {
      return judgeContinuity(p, ctx, level);
    }
    Distinction d = p.distinction();
    Explain x = ctx.explain();
    int min = p.minFiveAtLabels();
    int fiveAt = ctx.fiveAtLabels() + (level == 5 ? 1 : 0);
    int granted = ctx.lastGrant(d);
    boolean held = granted > 0 && granted + p.validityYears() > ctx.year();
    boolean met = level == 5 && fiveAt >= min && !held;
    List<Measure> measures = List.of(Measure.count("arobases", level, Comparison.EQUAL, 5),
        Measure.count("fiveAtLabels", fiveAt, Comparison.AT_LEAST, min), Measure.flag("held", held, false));
    return new DistinctionVerdict(d, met, x.reason(RuleId.distinction(d), met, measures, "distinction.total",
        d.label(), thisYear(x, level), fiveAt, min, held(x, p, granted, held), proposed(x, met)));
  }

  /**
   * The 2021 definition, continuity: 5@ now and in each millésime just before, without a gap,
   * {@code minFiveAtLabels} labels in a row in all, and not held within its validity.
   *
   * @param p the distinction's criteria
   * @param ctx the dossier
   * @param level the level proposed this year
   * @return the verdict, rule {@code DISTINCTION.<name>}
   */
  public static DistinctionVerdict judgeContinuity(DistinctionParameter p, RatingContext ctx, int level) {
    Distinction d = p.distinction();
    Explain x = ctx.explain();
    int min = p.minFiveAtLabels();
    int run = level == 5 ? 1 + ctx.consecutiveFiveAtBefore() : 0;
    int granted = ctx.lastGrant(d);
    boolean held = granted > 0 && granted + p.validityYears() > ctx.year();
    boolean met = run >= min && !held;
    List<Measure> measures = List.of(Measure.count("consecutiveFiveAtLabels", run, Comparison.AT_LEAST, min),
        Measure.flag("held", held, false));
    return new DistinctionVerdict(d, met, x.reason(RuleId.distinction(d), met, measures, "distinction.continuity",
        d.label(), level == 5 ? x.text("distinction.run", run) : x.text("distinction.notFiveAt", level), min,
        held(x, p, granted, held), proposed(x, met)));
  }

  private static String thisYear(Explain x, int level) {
    return level == 5 ? x.text("distinction.fiveAtThisYear") : x.text("distinction.notFiveAt", level);
  }

  /** The years are text: a number argument would get digit groups. */
  private static String held(Explain x, DistinctionParameter p, int granted, boolean held) {
    return held ? x.text("distinction.held", String.valueOf(granted), p.validityYears()) : "";
  }

  private static String proposed(Explain x, boolean met) {
    return x.text(met ? "distinction.proposed" : "distinction.notProposed");
  }
}
