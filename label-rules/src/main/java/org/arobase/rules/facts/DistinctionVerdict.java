package org.arobase.rules.facts;

import org.arobase.core.Distinction;
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
    int min = p.minFiveAtLabels();
    int validity = p.validityYears();
    int fiveAt = ctx.fiveAtLabels() + (level == 5 ? 1 : 0);
    int granted = ctx.lastGrant(d);
    boolean held = granted > 0 && granted + validity > ctx.year();
    boolean met = level == 5 && fiveAt >= min && !held;
    return new DistinctionVerdict(d, met,
        Explain.reason(RuleId.distinction(d), met,
            fiveAt + " labels 5@" + (held ? ", détenue depuis " + granted : ""),
            "5@ cette année, ≥ " + min + " labels 5@, non détenue",
            "« " + d.label() + " » : " + (level == 5 ? "5@ cette année" : level + "@ cette année, or 5@ est exigé")
                + ", " + fiveAt + " label(s) 5@ en comptant celui-ci (au moins " + min + ")"
                + (held ? ", distinction accordée en " + granted + " et valable " + validity + " ans" : "")
                + (met ? " : proposée au jury." : " : non proposée.")));
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
    int min = p.minFiveAtLabels();
    int validity = p.validityYears();
    int run = level == 5 ? 1 + ctx.consecutiveFiveAtBefore() : 0;
    int granted = ctx.lastGrant(d);
    boolean held = granted > 0 && granted + validity > ctx.year();
    boolean met = run >= min && !held;
    return new DistinctionVerdict(d, met,
        Explain.reason(RuleId.distinction(d), met,
            run + " labels 5@ consécutifs" + (held ? ", détenue depuis " + granted : ""),
            "≥ " + min + " labels 5@ consécutifs, non détenue",
            "« " + d.label() + " » (continuité) : " + (level == 5 ? run + " label(s) 5@ consécutif(s) jusqu'à cette année"
                : level + "@ cette année, or 5@ est exigé") + " ; il en faut au moins " + min + " d'affilée"
                + (held ? ", distinction accordée en " + granted + " et valable " + validity + " ans" : "")
                + (met ? " : proposée au jury." : " : non proposée.")));
  }
}
