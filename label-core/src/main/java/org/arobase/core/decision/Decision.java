package org.arobase.core.decision;

import java.util.List;
import java.util.Optional;
import org.arobase.core.Distinction;
import org.arobase.core.LabelStyle;
import org.arobase.core.Mention;
import org.immutables.value.Value;

/**
 * What the rating proposes for one dossier: the arobases, the mentions, the distinctions to
 * propose to the jury, the mosaïque, the initiatives counted and ignored, every reason, and
 * what is missing for the next level. The jury's award is kept apart from it.
 */
@Value.Immutable
@LabelStyle
public interface Decision {

  /** The format identifier of decisions in JSON. */
  String FORMAT = "arobase/decision@1";

  /** @return the millésime */
  int edition();

  /** @return the collectivité and the category it was rated in */
  RatedCollectivity collectivity();

  /** @return the proposed level, 1 to 5 */
  int arobases();

  /** @return the mentions proposed, in catalogue order */
  List<Mention> mentions();

  /** @return the distinctions proposed to the jury */
  List<Distinction> distinctions();

  /** @return the scores per enjeu, axis and overall */
  Mosaic mosaic();

  /** @return the ids of the initiatives counted, sorted by id so that the order of the dossier changes nothing */
  List<String> eligibleInitiatives();

  /** @return the initiatives not counted, sorted by id, each with its reason */
  List<IgnoredInitiative> ignoredInitiatives();

  /**
   * @return every reason, grouped by concern (eligibility, level, obligations, mentions,
   *     distinctions, then rules of other ids), and within a concern sorted by rule id and values
   */
  List<Reason> reasons();

  /** @return what the level above needs; absent at 5@ */
  Optional<NextLevel> next();

  /** @return what produced this decision */
  Provenance provenance();

  /**
   * @return the reasons that decided the level: the criteria of the level proposed (or the floor
   *     at 1@) and the ceiling of a missing obligation when there is one, in the order of {@link #reasons()}
   */
  default List<Reason> levelReasons() {
    return reasons().stream().filter(r -> {
      RuleId id = r.ruleId();
      return id.concern() == RuleId.Concern.LEVEL && (id.level() == arobases() || id.equals(RuleId.LEVEL_CAP));
    }).toList();
  }

  /** @return a new builder */
  static ImmutableDecision.Builder builder() {
    return ImmutableDecision.builder();
  }
}
