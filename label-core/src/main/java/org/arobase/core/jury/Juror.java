package org.arobase.core.jury;

import java.util.Objects;

/**
 * A member of the jury.
 *
 * @param id a short identifier, unique within the jury (e.g. {@code eveno})
 * @param name the name, e.g. « Emmanuel Eveno »
 * @param affiliation the institution the juror comes from; may be empty
 * @param conflicts the declared conflicts of interest
 */
public record Juror(String id, String name, String affiliation, Conflicts conflicts) {

  /** Checks that the id and name are present; no affiliation is read as empty, no conflicts as none. */
  public Juror {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    affiliation = affiliation == null ? "" : affiliation;
    conflicts = conflicts == null ? Conflicts.none() : conflicts;
  }

  /**
   * @param id the identifier
   * @param name the name
   * @return a juror with no affiliation and no declared conflict
   */
  public static Juror of(String id, String name) {
    return new Juror(id, name, "", Conflicts.none());
  }

  /**
   * @param dossier a dossier to plan
   * @return whether this juror may not study it
   */
  public boolean conflictsWith(PlannedDossier dossier) {
    return conflicts.concern(dossier);
  }
}
