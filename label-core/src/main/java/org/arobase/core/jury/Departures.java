package org.arobase.core.jury;

/**
 * How often and how far the jury's awards departed from the engine's proposals, over a group
 * of dossiers.
 *
 * @param count the dossiers with both an award and an engine proposal
 * @param agreements those awarded the engine's level
 * @param raised those awarded more @ than the engine proposed
 * @param lowered those awarded fewer @
 * @param meanDifference the mean of award − engine, in @ (positive: the jury awards more); 0 with no dossier
 * @param meanAbsoluteDifference the mean of |award − engine|, in @; 0 with no dossier
 */
public record Departures(
    int count, int agreements, int raised, int lowered, double meanDifference, double meanAbsoluteDifference) {

  /** @return the share of agreements, 0 to 1; 0 with no dossier */
  public double agreementShare() {
    return count == 0 ? 0 : (double) agreements / count;
  }

  static Departures of(int[] differences, int size) {
    int agreements = 0;
    int raised = 0;
    int lowered = 0;
    long sum = 0;
    long sumAbs = 0;
    for (int i = 0; i < size; i++) {
      int d = differences[i];
      agreements += d == 0 ? 1 : 0;
      raised += d > 0 ? 1 : 0;
      lowered += d < 0 ? 1 : 0;
      sum += d;
      sumAbs += Math.abs(d);
    }
    return new Departures(size, agreements, raised, lowered,
        size == 0 ? 0 : (double) sum / size, size == 0 ? 0 : (double) sumAbs / size);
  }
}
