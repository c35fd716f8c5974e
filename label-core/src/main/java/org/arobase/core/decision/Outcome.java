package org.arobase.core.decision;

/** Whether the criterion a {@link Reason} speaks of holds. */
public enum Outcome {
  /** The criterion holds. */
  MET,
  /** The criterion does not hold. */
  MISSED
}
