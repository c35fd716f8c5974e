package org.arobase.rules.facts;

import java.util.List;
import org.arobase.core.decision.Measure;
import org.arobase.core.decision.Measure.Comparison;
import org.arobase.core.decision.Mosaic;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;

/**
 * Whether one criterion of one level holds (fact inserted by the level rules).
 *
 * @param level 2 to 5
 * @param criterion e.g. {@code MIN_ENJEUX}
 * @param met whether it holds
 * @param reason its reason, rule {@code LEVEL.<level>.<criterion>}
 */
public record LevelCriterion(int level, String criterion, boolean met, Reason reason) implements Explained {

  /**
   * @param p the level's criteria
   * @param mosaic the dossier's mosaïque
   * @param x the wording
   * @return whether its global score reaches the level's minimum, {@code LEVEL.<n>.MIN_SCORE}
   */
  public static LevelCriterion minScore(LevelParameter p, Mosaic mosaic, Explain x) {
    boolean met = mosaic.score() >= p.minScore();
    return new LevelCriterion(p.level(), "MIN_SCORE", met,
        x.reason(RuleId.level(p.level(), "MIN_SCORE"), met,
            List.of(Measure.fraction("score", mosaic.score(), Comparison.AT_LEAST, p.minScore())),
            "level.minScore", x.percent(mosaic.score()), p.level(), x.percent(p.minScore()), x.category(p.category())));
  }

  /**
   * @param p the level's criteria
   * @param mosaic the dossier's mosaïque
   * @param x the wording
   * @return whether enough enjeux have a covered service, {@code LEVEL.<n>.MIN_ENJEUX}
   */
  public static LevelCriterion minEnjeux(LevelParameter p, Mosaic mosaic, Explain x) {
    int covered = mosaic.coveredEnjeux();
    boolean met = covered >= p.minEnjeux();
    return new LevelCriterion(p.level(), "MIN_ENJEUX", met,
        x.reason(RuleId.level(p.level(), "MIN_ENJEUX"), met,
            List.of(Measure.count("coveredEnjeux", covered, Comparison.AT_LEAST, p.minEnjeux())),
            "level.minEnjeux", covered, p.level(), p.minEnjeux(), x.category(p.category()), mosaic.enjeux().size()));
  }

  /**
   * @param p the level's criteria
   * @param mosaic the dossier's mosaïque
   * @param x the wording
   * @return whether enough axes have a covered enjeu, {@code LEVEL.<n>.MIN_AXES}
   */
  public static LevelCriterion minAxes(LevelParameter p, Mosaic mosaic, Explain x) {
    int covered = mosaic.coveredAxes();
    boolean met = covered >= p.minAxes();
    return new LevelCriterion(p.level(), "MIN_AXES", met,
        x.reason(RuleId.level(p.level(), "MIN_AXES"), met,
            List.of(Measure.count("coveredAxes", covered, Comparison.AT_LEAST, p.minAxes())),
            "level.minAxes", covered, p.level(), p.minAxes(), x.category(p.category()), mosaic.axes().size()));
  }

  /**
   * @param p the level's criteria, with at least one required enjeu
   * @param mosaic the dossier's mosaïque
   * @param x the wording
   * @return whether every required enjeu has a covered service, {@code LEVEL.<n>.REQUIRED_ENJEUX}
   */
  public static LevelCriterion requiredEnjeux(LevelParameter p, Mosaic mosaic, Explain x) {
    List<String> required = p.requiredEnjeux();
    List<String> missing = Explain.uncovered(mosaic, required);
    List<String> covered = required.stream().filter(e -> !missing.contains(e)).toList();
    boolean met = missing.isEmpty();
    int level = p.level();
    List<Measure> measures = List.of(new Measure("requiredEnjeux", Measure.Unit.CODES, covered, Comparison.ALL_OF, required));
    RuleId rule = RuleId.level(level, "REQUIRED_ENJEUX");
    return new LevelCriterion(level, "REQUIRED_ENJEUX", met, met
        ? x.reason(rule, true, measures, "level.requiredEnjeux.met", level, x.codes(required))
        : x.reason(rule, false, measures, "level.requiredEnjeux.missed", level, x.codes(required), missing.size(),
            x.codes(missing)));
  }
}
