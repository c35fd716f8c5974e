package org.arobase.core.jury;

import java.util.Objects;
import java.util.Optional;
import org.arobase.core.Collectivity;
import org.arobase.core.Dossier;

/**
 * What the planner needs to know of a dossier: how to name it in the plan, where its
 * collectivité is (for conflicts of interest) and how many initiatives the binôme reads.
 *
 * @param key how the plan names the dossier: its source (a path, {@code file.json#2}) or its
 *     collectivité's code; unique within one plan
 * @param code the collectivité's code (INSEE or SIREN)
 * @param name the collectivité's name
 * @param departement the collectivité's département code, when known
 * @param region the collectivité's region name, when known
 * @param initiatives the workload: the number of <em>fiches d'initiatives</em> to read, 0 or more
 */
public record PlannedDossier(
    String key, String code, String name, Optional<String> departement, Optional<String> region, int initiatives) {

  /** Checks that every part is present and the workload is not negative. */
  public PlannedDossier {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(departement, "departement");
    Objects.requireNonNull(region, "region");
    if (initiatives < 0) {
      throw new IllegalArgumentException("initiatives " + initiatives + " is negative for dossier " + key);
    }
  }

  /**
   * @param source how the plan names the dossier, e.g. the path it was read from
   * @param dossier the dossier
   * @return the dossier to plan, whose workload is all its initiatives (the jury reads every
   *     <em>fiche</em>, counted or not)
   */
  public static PlannedDossier of(String source, Dossier dossier) {
    Collectivity c = dossier.collectivity();
    return new PlannedDossier(source, c.code(), c.name(), c.departement(), c.region(), dossier.initiatives().size());
  }

  /**
   * @param dossier the dossier
   * @return the dossier to plan, named by its collectivité's code
   */
  public static PlannedDossier of(Dossier dossier) {
    return of(dossier.collectivity().code(), dossier);
  }

  /** @return « 19015 Ayen », for messages */
  public String label() {
    return code + " " + name;
  }
}
