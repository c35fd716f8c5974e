package org.arobase.rules.calibration;

import java.util.List;
import org.arobase.core.Category;

/**
 * Two dossiers of the same category whose mosaïques and awards disagree: the {@code higher}
 * one's mosaïque is at least as good on every criterion of the level (global score, enjeux
 * covered, axes covered, required enjeux covered) and strictly better on one, yet it was awarded
 * fewer arobases than the {@code lower} one.
 *
 * @param higher the dossier with the better mosaïque and the lower award
 * @param lower the dossier with the weaker mosaïque and the higher award
 * @param better the criteria on which {@code higher} is strictly better: {@code score},
 *     {@code coveredEnjeux}, {@code coveredAxes}, {@code requiredEnjeux}
 */
public record Inversion(Side higher, Side lower, List<String> better) {

  /** Copies the list. */
  public Inversion {
    better = List.copyOf(better);
  }

  /**
   * One dossier of an inversion.
   *
   * @param code the collectivité's code
   * @param name its name
   * @param category its category
   * @param arobases the level awarded
   * @param score the mosaïque's global score, 0 to 1
   * @param coveredEnjeux the enjeux covered
   * @param coveredAxes the axes covered
   * @param requiredEnjeux the enjeux required by a level of its category that it covers
   */
  public record Side(String code, String name, Category category, int arobases, double score, int coveredEnjeux,
      int coveredAxes, List<String> requiredEnjeux) {

    /** Copies the list. */
    public Side {
      requiredEnjeux = List.copyOf(requiredEnjeux);
    }
  }
}
