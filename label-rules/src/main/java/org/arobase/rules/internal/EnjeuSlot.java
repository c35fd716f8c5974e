package org.arobase.rules.internal;

import java.util.Set;
import org.arobase.core.EnjeuScore;

/**
 * An enjeu of the matrix with the number of services the dossier's category can run (input fact).
 *
 * @param code the enjeu code
 * @param label its label
 * @param axis its axis code
 * @param applicableServices how many of its services apply to the category
 */
public record EnjeuSlot(String code, String label, String axis, int applicableServices) {

  /**
   * @param coveredServices the covered applicable services
   * @param initiatives the ids of the eligible initiatives listing one of them
   * @return the enjeu's tile of the mosaïque
   */
  public EnjeuScore score(Set<?> coveredServices, Set<?> initiatives) {
    int covered = coveredServices.size();
    double score = applicableServices == 0 ? 0 : (double) covered / applicableServices;
    return new EnjeuScore(code, label, axis, score, covered, applicableServices, initiatives.size());
  }
}
