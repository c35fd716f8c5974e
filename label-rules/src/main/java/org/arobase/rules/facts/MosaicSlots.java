package org.arobase.rules.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.arobase.core.Category;
import org.arobase.core.Initiative;
import org.arobase.core.decision.AxisScore;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.core.decision.Mosaic;
import org.arobase.core.matrix.Axis;
import org.arobase.core.matrix.Enjeu;
import org.arobase.core.matrix.Service;
import org.arobase.core.matrix.ServiceMatrix;

/**
 * The matrix as one category sees it: its axes and enjeux in matrix order, with the services
 * it can run. Built once per millésime and category; each rating scores its coverage on it.
 */
public final class MosaicSlots {

  private final List<Axis> axes;
  private final List<EnjeuSlot> enjeux;
  private final Map<String, String> enjeuOfService;
  /** The positions of all enjeux, then of each axis' enjeux, in code order: means are summed in that order. */
  private final int[] allByCode;
  private final int[][] axisByCode;

  private MosaicSlots(List<Axis> axes, List<EnjeuSlot> enjeux, Map<String, String> enjeuOfService) {
    this.axes = List.copyOf(axes);
    this.enjeux = List.copyOf(enjeux);
    this.enjeuOfService = Map.copyOf(enjeuOfService);
    Comparator<Integer> byCode = Comparator.comparing(i -> this.enjeux.get(i).code());
    this.allByCode = IntStream.range(0, enjeux.size()).boxed().sorted(byCode).mapToInt(i -> i).toArray();
    this.axisByCode = this.axes.stream().map(a -> IntStream.of(allByCode)
        .filter(i -> this.enjeux.get(i).axis().equals(a.code())).toArray()).toArray(int[][]::new);
  }

  /**
   * @param matrix the millésime's matrix
   * @param category a category
   * @return the matrix as that category sees it
   */
  public static MosaicSlots of(ServiceMatrix matrix, Category category) {
    List<EnjeuSlot> enjeux = new ArrayList<>();
    Map<String, String> enjeuOfService = new HashMap<>();
    for (Enjeu e : matrix.enjeux()) {
      List<Service> applicable = matrix.applicableServices(e, category);
      enjeux.add(new EnjeuSlot(e.code(), e.label(), e.axis(), applicable.size()));
      applicable.forEach(s -> enjeuOfService.put(s.code(), e.code()));
    }
    return new MosaicSlots(matrix.axes(), enjeux, enjeuOfService);
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
