package org.arobase.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.arobase.core.AxisScore;
import org.arobase.core.EnjeuScore;
import org.arobase.core.Initiative;
import org.arobase.core.Mosaic;

/**
 * The matrix as one category sees it: its axes and enjeux in matrix order, with the services
 * it can run. Built once per millésime and category; each rating scores its coverage on it.
 */
public final class MosaicSlots {

  private final List<AxisSlot> axes;
  private final List<EnjeuSlot> enjeux;
  private final Map<String, String> enjeuOfService;
  /** The positions of all enjeux, then of each axis' enjeux, in code order: means are summed in that order. */
  private final int[] allByCode;
  private final int[][] axisByCode;

  /**
   * @param axes the axes, in matrix order
   * @param enjeux the enjeux with their applicable services, in matrix order
   * @param enjeuOfService the enjeu of every service the category can run
   */
  public MosaicSlots(List<AxisSlot> axes, List<EnjeuSlot> enjeux, Map<String, String> enjeuOfService) {
    this.axes = List.copyOf(axes);
    this.enjeux = List.copyOf(enjeux);
    this.enjeuOfService = Map.copyOf(enjeuOfService);
    Comparator<Integer> byCode = Comparator.comparing(i -> this.enjeux.get(i).code());
    this.allByCode = IntStream.range(0, enjeux.size()).boxed().sorted(byCode).mapToInt(i -> i).toArray();
    this.axisByCode = this.axes.stream().map(a -> IntStream.of(allByCode)
        .filter(i -> this.enjeux.get(i).axis().equals(a.code())).toArray()).toArray(int[][]::new);
  }

  /**
   * @param eligible the dossier's eligible initiatives
   * @return the applicable services they cover, per enjeu and per service
   */
  public CoverageIndex coverage(List<Initiative> eligible) {
    return new CoverageIndex(eligible, enjeuOfService);
  }

  /**
   * @param coverage the dossier's coverage
   * @return the mosaïque: each enjeu's covered share of its applicable services, each axis the
   *     mean of its enjeux, the global score the mean of all enjeux; in matrix order
   */
  public Mosaic score(CoverageIndex coverage) {
    List<EnjeuScore> scores = new ArrayList<>(enjeux.size());
    for (EnjeuSlot e : enjeux) {
      scores.add(e.score(coverage.coveredServices(e.code()), coverage.initiatives(e.code())));
    }
    List<AxisScore> axisScores = new ArrayList<>(axes.size());
    for (int a = 0; a < axes.size(); a++) {
      int covered = 0;
      for (int i : axisByCode[a]) {
        covered += scores.get(i).covered() ? 1 : 0;
      }
      axisScores.add(new AxisScore(axes.get(a).code(), axes.get(a).label(), mean(scores, axisByCode[a]), covered));
    }
    return new Mosaic(mean(scores, allByCode), axisScores, scores);
  }

  /** Sums in code order, so that a score never depends on the order of the facts or the matrix. */
  private static double mean(List<EnjeuScore> scores, int[] positions) {
    if (positions.length == 0) {
      return 0;
    }
    double sum = 0;
    for (int i : positions) {
      sum += scores.get(i).score();
    }
    return sum / positions.length;
  }
}
