package org.arobase.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.arobase.core.AxisScore;
import org.arobase.core.EnjeuScore;
import org.arobase.core.Initiative;
import org.arobase.core.Mosaic;

/**
 * The matrix as one category sees it: its axes and enjeux in matrix order, with the services
 * it can run. Built once per millésime and category; each rating scores its coverage on it.
 *
 * @param axes the axes, in matrix order
 * @param enjeux the enjeux with their applicable services, in matrix order
 * @param enjeuOfService the enjeu of every service the category can run
 */
public record MosaicSlots(List<AxisSlot> axes, List<EnjeuSlot> enjeux, Map<String, String> enjeuOfService) {

  /** Copies the lists and the map. */
  public MosaicSlots {
    axes = List.copyOf(axes);
    enjeux = List.copyOf(enjeux);
    enjeuOfService = Map.copyOf(enjeuOfService);
  }

  /**
   * @param initiatives the dossier's initiatives
   * @param eligibleIds the ids of the eligible ones
   * @return the applicable services they cover, per enjeu and per service
   */
  public CoverageIndex coverage(List<Initiative> initiatives, Collection<?> eligibleIds) {
    return new CoverageIndex(initiatives, eligibleIds, enjeuOfService);
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
    for (AxisSlot a : axes) {
      List<EnjeuScore> ofAxis = new ArrayList<>();
      for (EnjeuScore s : scores) {
        if (s.axis().equals(a.code())) {
          ofAxis.add(s);
        }
      }
      axisScores.add(a.score(ofAxis));
    }
    return new Mosaic(AxisSlot.Scores.mean(scores), axisScores, scores);
  }
}
