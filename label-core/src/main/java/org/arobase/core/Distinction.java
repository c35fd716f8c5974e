package org.arobase.core;

/** Distinctions the jury grants on top of the arobases. */
public enum Distinction {
  /**
   * « Territoire d'excellence numérique », created for the 2021 label: a remarkable continuity
   * of the local digital policy; valid three years.
   */
  TERRITOIRE_EXCELLENCE_NUMERIQUE("Territoire d'excellence numérique"),
  /** The « hors concours » label, granted once (2016) for a pioneering, early approach. */
  HORS_CONCOURS("Hors concours");

  private final String label;

  Distinction(String label) {
    this.label = label;
  }

  /** @return the French label */
  public String label() {
    return label;
  }
}
