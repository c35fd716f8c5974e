package org.arobase.core.decision;

import java.util.List;
import java.util.Optional;

/**
 * The <em>mosaïque</em> of a dossier: the score of each enjeu and axis, and the global score
 * (the mean of the sixteen enjeux).
 *
 * @param score the global score, 0 to 1
 * @param axes one score per axis, in matrix order
 * @param enjeux one score per enjeu, in matrix order
 */
public record Mosaic(double score, List<AxisScore> axes, List<EnjeuScore> enjeux) {

  /** Copies the lists. */
  public Mosaic {
    axes = List.copyOf(axes);
    enjeux = List.copyOf(enjeux);
  }

  /**
   * @param code an enjeu code
   * @return its score
   */
  public Optional<EnjeuScore> enjeu(String code) {
    return enjeux.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  /** @return how many enjeux have at least one covered service */
  public int coveredEnjeux() {
    return (int) enjeux.stream().filter(EnjeuScore::covered).count();
  }

  /** @return how many axes have at least one covered enjeu */
  public int coveredAxes() {
    return (int) axes.stream().filter(a -> a.coveredEnjeux() > 0).count();
  }
}
