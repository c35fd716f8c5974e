package org.arobase.rules.internal;

import java.util.Comparator;
import java.util.List;
import org.arobase.core.AxisScore;
import org.arobase.core.EnjeuScore;
import org.arobase.core.Mosaic;
import org.arobase.core.ServiceMatrix;

/** Builds the {@link Mosaic} fact from the enjeu and axis scores the rules computed. */
public final class MosaicFacts {
  private MosaicFacts() {}

  /**
   * @param matrix the matrix, which gives the order
   * @param enjeux the enjeu scores, in any order
   * @param axes the axis scores, in any order
   * @return the mosaïque, in matrix order, with the global score the mean of the enjeux
   */
  public static Mosaic mosaic(ServiceMatrix matrix, List<EnjeuScore> enjeux, List<AxisScore> axes) {
    List<String> enjeuOrder = matrix.enjeux().stream().map(e -> e.code()).toList();
    List<String> axisOrder = matrix.axes().stream().map(a -> a.code()).toList();
    return new Mosaic(AxisSlot.Scores.mean(enjeux),
        axes.stream().sorted(Comparator.comparingInt(a -> axisOrder.indexOf(a.code()))).toList(),
        enjeux.stream().sorted(Comparator.comparingInt(e -> enjeuOrder.indexOf(e.code()))).toList());
  }
}
