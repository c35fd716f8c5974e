package org.arobase.rules.facts;

import java.util.List;
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
   * @return whether its global score reaches the level's minimum, {@code LEVEL.<n>.MIN_SCORE}
   */
  public static LevelCriterion minScore(LevelParameter p, Mosaic mosaic) {
    boolean met = mosaic.score() >= p.minScore();
    return new LevelCriterion(p.level(), "MIN_SCORE", met,
        Explain.reason(RuleId.level(p.level(), "MIN_SCORE"), met, Explain.percent(mosaic.score()),
            "≥ " + Explain.percent(p.minScore()),
            "Score global de la mosaïque : " + Explain.percent(mosaic.score()) + " ; le niveau " + p.level()
                + "@ demande au moins " + Explain.percent(p.minScore()) + " pour " + Explain.category(p.category()) + "."));
  }

  /**
   * @param p the level's criteria
   * @param mosaic the dossier's mosaïque
   * @return whether enough enjeux have a covered service, {@code LEVEL.<n>.MIN_ENJEUX}
   */
  public static LevelCriterion minEnjeux(LevelParameter p, Mosaic mosaic) {
    int covered = mosaic.coveredEnjeux();
    boolean met = covered >= p.minEnjeux();
    return new LevelCriterion(p.level(), "MIN_ENJEUX", met,
        Explain.reason(RuleId.level(p.level(), "MIN_ENJEUX"), met, String.valueOf(covered), "≥ " + p.minEnjeux(),
            covered + " enjeux sur 16 ont au moins un service couvert ; le niveau " + p.level() + "@ en demande au moins "
                + p.minEnjeux() + " pour " + Explain.category(p.category()) + "."));
  }

  /**
   * @param p the level's criteria
   * @param mosaic the dossier's mosaïque
   * @return whether enough axes have a covered enjeu, {@code LEVEL.<n>.MIN_AXES}
   */
  public static LevelCriterion minAxes(LevelParameter p, Mosaic mosaic) {
    int covered = mosaic.coveredAxes();
    boolean met = covered >= p.minAxes();
    return new LevelCriterion(p.level(), "MIN_AXES", met,
        Explain.reason(RuleId.level(p.level(), "MIN_AXES"), met, String.valueOf(covered), "≥ " + p.minAxes(),
            covered + " axes sur 4 ont au moins un enjeu couvert ; le niveau " + p.level() + "@ en demande au moins "
                + p.minAxes() + " pour " + Explain.category(p.category()) + "."));
  }

  /**
   * @param p the level's criteria, with at least one required enjeu
   * @param mosaic the dossier's mosaïque
   * @return whether every required enjeu has a covered service, {@code LEVEL.<n>.REQUIRED_ENJEUX}
   */
  public static LevelCriterion requiredEnjeux(LevelParameter p, Mosaic mosaic) {
    List<String> required = p.requiredEnjeux();
    List<String> missing = Explain.uncovered(mosaic, required);
    boolean met = missing.isEmpty();
    int level = p.level();
    return new LevelCriterion(level, "REQUIRED_ENJEUX", met,
        Explain.reason(RuleId.level(level, "REQUIRED_ENJEUX"), met,
            met ? "tous couverts" : "non couverts : " + Explain.codes(missing), "couverts : " + Explain.codes(required),
            met ? "Les enjeux exigés pour " + level + "@ (" + Explain.codes(required) + ") sont couverts."
                : "Le niveau " + level + "@ exige de couvrir les enjeux " + Explain.codes(required) + " ; manquent : "
                    + Explain.codes(missing) + "."));
  }
}
