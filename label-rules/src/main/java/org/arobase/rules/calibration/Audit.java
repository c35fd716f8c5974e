package org.arobase.rules.calibration;

import java.util.List;

/**
 * The inversions among awarded dossiers ({@link Calibration#audit()}).
 *
 * @param dossiers the awarded dossiers compared
 * @param inversions the inversions, the widest gap in arobases first, then by codes
 */
public record Audit(int dossiers, List<Inversion> inversions) {

  /** Copies the list. */
  public Audit {
    inversions = List.copyOf(inversions);
  }
}
