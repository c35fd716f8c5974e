package org.arobase.rules.facts;

import org.arobase.core.Mention;
import java.util.List;
import org.arobase.core.decision.Measure;
import org.arobase.core.decision.Measure.Comparison;
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
   * @param x the wording
   * @return whether enough eligible initiatives list the mention's services and its enjeu scores
   *     enough, rule {@code MENTION.<code>}
   */
  public static MentionVerdict judge(MentionParameter p, Mosaic mosaic, CoverageIndex coverage, Explain x) {
    String enjeu = p.enjeu();
    double score = Explain.score(mosaic, enjeu);
    int count = coverage.initiativesListing(p.countedServices());
    boolean met = count >= p.minInitiatives() && score >= p.minScore();
    String counted = p.services().isEmpty() ? x.text("mention.enjeu", enjeu)
        : x.text("mention.services", String.join(", ", p.services()), p.services().size());
    return new MentionVerdict(p.mention(), met,
        x.reason(RuleId.mention(p.code()), met,
            List.of(Measure.count("initiatives", count, Comparison.AT_LEAST, p.minInitiatives()),
                Measure.fraction("score", score, Comparison.AT_LEAST, p.minScore())),
            "mention", p.mention().label(), count, counted, p.minInitiatives(), enjeu, x.percent(score),
            x.percent(p.minScore()), x.text(met ? "mention.proposed" : "mention.notProposed")));
  }
}
