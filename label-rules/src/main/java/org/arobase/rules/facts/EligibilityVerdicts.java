package org.arobase.rules.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arobase.core.Initiative;
import org.arobase.core.eligibility.Eligibility;
import org.arobase.core.eligibility.EligibilityVerdict;

/**
 * The verdicts of all the dossier's initiatives (fact inserted by the eligibility pass): one
 * fact per dossier rather than one per initiative, since every fact inserted costs time in every
 * rating (docs/PERFORMANCE.md). Each verdict is reported as the reason {@code ELIGIBILITY.<id>}.
 */
public final class EligibilityVerdicts {

  private final List<EligibilityVerdict> verdicts;
  private Set<String> eligibleIds;

  /**
   * @param verdicts one {@link EligibilityVerdict} per initiative, in the order of the
   *     initiatives (a raw list, as the rules' actions build it)
   * @throws ClassCastException when an element is not a verdict
   */
  public EligibilityVerdicts(List<?> verdicts) {
    List<EligibilityVerdict> copy = new ArrayList<>(verdicts.size());
    for (Object o : verdicts) {
      copy.add((EligibilityVerdict) o);
    }
    this.verdicts = Collections.unmodifiableList(copy);
  }

  /**
   * The verdicts of the label's definition ({@link Eligibility#judge}): those the validation
   * already gave when it judged every initiative, else judged now.
   *
   * @param ctx the dossier
   * @return the verdicts of its initiatives, in order
   */
  public static EligibilityVerdicts judge(RatingContext ctx) {
    List<Initiative> initiatives = ctx.initiatives();
    if (ctx.validated().size() == initiatives.size()) {
      return new EligibilityVerdicts(ctx.validated());
    }
    List<EligibilityVerdict> verdicts = new ArrayList<>(initiatives.size());
    for (Initiative initiative : initiatives) {
      verdicts.add(Eligibility.judge(initiative, ctx.edition(), ctx.category(), ctx.matrix(), ctx.explain().locale()));
    }
    return new EligibilityVerdicts(verdicts);
  }

  /** @return the verdicts, in the order of the initiatives */
  public List<EligibilityVerdict> verdicts() {
    return verdicts;
  }

  /**
   * @param position the initiative's position in the dossier
   * @param id its id
   * @return whether it counts; its verdict is read at the same position, found by id otherwise
   */
  public boolean counts(int position, String id) {
    if (position < verdicts.size() && verdicts.get(position).initiativeId().equals(id)) {
      return verdicts.get(position).eligible();
    }
    return eligibleIds().contains(id);
  }

  /** @return the ids of the initiatives that count */
  public Set<String> eligibleIds() {
    // Built on demand: hashing every id costs more than the positional look-up of counts().
    if (eligibleIds == null) {
      Set<String> ids = new HashSet<>();
      for (EligibilityVerdict v : verdicts) {
        if (v.eligible()) {
          ids.add(v.initiativeId());
        }
      }
      eligibleIds = Collections.unmodifiableSet(ids);
    }
    return eligibleIds;
  }

  @Override
  public String toString() {
    return "EligibilityVerdicts" + verdicts;
  }
}
