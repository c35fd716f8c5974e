package org.arobase.rules.facts;

import org.arobase.core.decision.EnjeuScore;

/**
 * An enjeu of the matrix with the number of services the dossier's category can run (part of {@link MosaicSlots}).
 *
 * @param code the enjeu code
 * @param label its label
 * @param axis its axis code
 * @param applicableServices how many of its services apply to the category
 */
public record EnjeuSlot(String code, String label, String axis, int applicableServices) {

  /**
   * @param covered how many of its applicable services are covered
   * @param initiatives how many eligible initiatives list one of them
   * @return the enjeu's tile of the mosaïque
   */
  public EnjeuScore score(int covered, int initiatives) {
    double score = applicableServices == 0 ? 0 : (double) covered / applicableServices;
    return new EnjeuScore(code, label, axis, score, covered, applicableServices, initiatives);
  }
}
