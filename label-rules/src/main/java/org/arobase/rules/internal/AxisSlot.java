package org.arobase.rules.internal;

import java.util.Comparator;
import java.util.List;
import org.arobase.core.AxisScore;
import org.arobase.core.EnjeuScore;

/**
 * An axis of the matrix (part of {@link MosaicSlots}).
 *
 * @param code the axis code
 * @param label its label
 */
public record AxisSlot(String code, String label) {

  /**
   * @param enjeux the scores of the axis' enjeux, in any order
   * @return the axis' score, the mean of its enjeux
   */
  public AxisScore score(List<EnjeuScore> enjeux) {
    return new AxisScore(code, label, Scores.mean(enjeux),
        (int) enjeux.stream().filter(EnjeuScore::covered).count());
  }

  /** Sums in a fixed order so that the result never depends on the order of the facts. */
  static final class Scores {
    private Scores() {}

    static double mean(List<EnjeuScore> enjeux) {
      if (enjeux.isEmpty()) {
        return 0;
      }
      double sum = 0;
      for (EnjeuScore e : enjeux.stream().sorted(Comparator.comparing(EnjeuScore::code)).toList()) {
        sum += e.score();
      }
      return sum / enjeux.size();
    }
  }
}
