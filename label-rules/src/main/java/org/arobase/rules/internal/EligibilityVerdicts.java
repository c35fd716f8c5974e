package org.arobase.rules.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arobase.core.EligibilityVerdict;

/**
 * The verdicts of all the dossier's initiatives (fact inserted by the eligibility pass): one
 * fact per dossier rather than one per initiative, since every fact inserted costs time in every
 * rating (docs/PERFORMANCE.md). Each verdict is reported as the reason {@code ELIGIBILITY.<id>}.
 */
public final class EligibilityVerdicts {

  private final List<EligibilityVerdict> verdicts;
  private final Set<String> eligibleIds = new HashSet<>();

  /**
   * @param verdicts one {@link EligibilityVerdict} per initiative (a raw list, as the rules' actions build it)
   * @throws ClassCastException when an element is not a verdict
   */
  public EligibilityVerdicts(List<?> verdicts) {
    List<EligibilityVerdict> copy = new ArrayList<>(verdicts.size());
    for (Object o : verdicts) {
      EligibilityVerdict v = (EligibilityVerdict) o;
      copy.add(v);
      if (v.eligible()) {
        eligibleIds.add(v.initiativeId());
      }
    }
    this.verdicts = java.util.Collections.unmodifiableList(copy);
  }

  /** @return the verdicts, in the order of the initiatives */
  public List<EligibilityVerdict> verdicts() {
    return verdicts;
  }

  /** @return the ids of the initiatives that count */
  public Set<String> eligibleIds() {
    return java.util.Collections.unmodifiableSet(eligibleIds);
  }

  /** @return how many initiatives count */
  public int eligibleCount() {
    return eligibleIds.size();
  }

  @Override
  public String toString() {
    return "EligibilityVerdicts" + verdicts;
  }
}
