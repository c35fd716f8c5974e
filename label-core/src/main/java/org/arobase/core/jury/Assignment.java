package org.arobase.core.jury;

import java.util.List;
import java.util.Objects;

/**
 * The dossiers one binôme studies.
 *
 * @param binome the binôme
 * @param dossiers its dossiers, in the order they were given to the planner
 */
public record Assignment(Binome binome, List<PlannedDossier> dossiers) {

  /** Checks that both parts are present and copies the list. */
  public Assignment {
    Objects.requireNonNull(binome, "binome");
    dossiers = List.copyOf(dossiers);
  }

  /** @return the workload: the initiatives of all its dossiers */
  public int initiatives() {
    return dossiers.stream().mapToInt(PlannedDossier::initiatives).sum();
  }
}
