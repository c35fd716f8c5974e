package org.arobase.rules.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
    Map<String, Integer> order = ORDERS.computeIfAbsent(matrix, MosaicFacts::order);
    return new Mosaic(AxisSlot.Scores.mean(enjeux),
        axes.stream().sorted(Comparator.comparing(a -> order.get(a.code()))).toList(),
        enjeux.stream().sorted(Comparator.comparing(e -> order.get(e.code()))).toList());
  }

  /** The position of every axis and enjeu code in its matrix, computed once per matrix. */
  private static final Map<ServiceMatrix, Map<String, Integer>> ORDERS =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private static Map<String, Integer> order(ServiceMatrix matrix) {
    Map<String, Integer> order = new java.util.HashMap<>();
    matrix.axes().forEach(a -> order.put(a.code(), order.size()));
    matrix.enjeux().forEach(e -> order.put(e.code(), order.size()));
    return Map.copyOf(order);
  }
}
