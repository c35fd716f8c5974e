package org.arobase.core.decision;

/** Whether the criterion a {@link Reason} speaks of holds. */
public enum Outcome {
  /** The criterion holds. */
  MET,
  /** The criterion does not hold. */
  MISSED,
  /**
   * The criterion does not apply to this dossier, for example a legal obligation not yet in force
   * at the reference date, or one that concerns larger collectivités: neither met nor missed.
   */
  NOT_APPLICABLE
}
