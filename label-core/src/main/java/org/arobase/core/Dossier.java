package org.arobase.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One collectivité's participation in one millésime: its identity, history and initiatives. */
@Value.Immutable
@LabelStyle
public interface Dossier {

  /** @return the millésime the dossier is filed for (the year on the panneau, e.g. 2022) */
  int edition();

  /** @return the collectivité */
  Collectivity collectivity();

  /** @return when the dossier was filed, if known */
  Optional<LocalDate> submittedOn();

  /** @return labels obtained in earlier millésimes */
  List<PastLabel> history();

  /** @return the legal obligations declared as met */
  @Value.Default
  default Compliance compliance() {
    return Compliance.none();
  }

  /** @return the <em>fiches d'initiatives</em>, at least one */
  List<Initiative> initiatives();

  /** @return a new builder */
  static ImmutableDossier.Builder builder() {
    return ImmutableDossier.builder();
  }
}
