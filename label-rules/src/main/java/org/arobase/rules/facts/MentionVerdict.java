package org.arobase.rules.facts;

import org.arobase.core.Mention;
import org.arobase.core.decision.Mosaic;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;

/**
 * Whether a mention is proposed (fact inserted by the mention rules).
 *
 * @param mention the mention
 * @param met whether its criteria hold
 * @param reason its reason, rule {@code MENTION.<code>}
 */
public record MentionVerdict(Mention mention, boolean met, Reason reason) implements Explained {

  /**
   * @param p the mention's criteria
   * @param mosaic the dossier's mosaïque
   * @param coverage the services its eligible initiatives cover
   * @return whether enough eligible initiatives list the mention's services and its enjeu scores
   *     enough, rule {@code MENTION.<code>}
   */
  public static MentionVerdict judge(MentionParameter p, Mosaic mosaic, CoverageIndex coverage) {
    String enjeu = p.enjeu();
    double score = Explain.score(mosaic, enjeu);
    int count = coverage.initiativesListing(p.countedServices());
    boolean met = count >= p.minInitiatives() && score >= p.minScore();
    String counted = p.services().isEmpty() ? "de l'enjeu " + enjeu : "des services " + String.join(", ", p.services());
    return new MentionVerdict(p.mention(), met,
        Explain.reason(RuleId.mention(p.code()), met, count + " initiatives, " + Explain.percent(score),
            "≥ " + p.minInitiatives() + " initiatives, ≥ " + Explain.percent(p.minScore()),
            "Mention « " + p.mention().label() + " » : " + count + " initiative(s) éligible(s) " + counted
                + " (au moins " + p.minInitiatives() + ") et un score de l'enjeu " + enjeu + " de " + Explain.percent(score)
                + " (au moins " + Explain.percent(p.minScore()) + ")" + (met ? " : proposée." : " : non proposée.")));
  }
}
