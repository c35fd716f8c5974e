package org.arobase.core.jury;

import java.util.List;
import java.util.Objects;

/**
 * Two jurors who study dossiers together, then bring their proposal to the whole jury.
 *
 * @param first a juror
 * @param second another juror
 */
public record Binome(Juror first, Juror second) {

  /** Checks that both jurors are present and distinct. */
  public Binome {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.id().equals(second.id())) {
      throw new IllegalArgumentException("a binôme needs two jurors, got " + first.id() + " twice");
    }
  }

  /** @return the two jurors' ids, first then second */
  public List<String> ids() {
    return List.of(first.id(), second.id());
  }

  /**
   * @param dossier a dossier to plan
   * @return whether neither juror conflicts with it
   */
  public boolean mayStudy(PlannedDossier dossier) {
    return !first.conflictsWith(dossier) && !second.conflictsWith(dossier);
  }

  @Override
  public String toString() {
    return first.id() + " + " + second.id();
  }
}
