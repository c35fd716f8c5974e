package org.arobase.core.decision;

/**
 * One tile of the <em>mosaïque</em>: how much of an enjeu the eligible initiatives cover.
 *
 * @param code the enjeu code
 * @param label its French label
 * @param axis its axis code
 * @param score covered applicable services / applicable services, 0 to 1
 * @param coveredServices applicable services listed by at least one eligible initiative
 * @param totalServices services of the enjeu the collectivité's category can run
 * @param initiatives eligible initiatives listing at least one service of the enjeu
 */
public record EnjeuScore(
    String code, String label, String axis, double score, int coveredServices, int totalServices, int initiatives) {

  /** @return whether at least one service of the enjeu is covered */
  public boolean covered() {
    return coveredServices > 0;
  }
}
