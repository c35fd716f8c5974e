package org.arobase.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A <em>fiche d'initiative</em>: one digital initiative of the collectivité, classified under
 * one or more services of the matrix.
 */
@Value.Immutable
@LabelStyle
public interface Initiative {

  /** @return an identifier unique within the dossier */
  String id();

  /** @return the title (at most 300 characters) */
  String title();

  /** @return a short description */
  Optional<String> summary();

  /** @return the service codes of the matrix this initiative provides, e.g. {@code SP.01}; at least one */
  List<String> services();

  /** @return when the initiative started */
  LocalDate startedOn();

  /** @return when it ended; absent while it is still running */
  Optional<LocalDate> endedOn();

  /** @return who runs it */
  Operator operator();

  /** @return where it is, for the map */
  Optional<Location> location();

  /** @return web addresses (http or https) showing the initiative */
  List<String> links();

  /** @return free keywords */
  List<String> tags();

  /** @return a new builder */
  static ImmutableInitiative.Builder builder() {
    return ImmutableInitiative.builder();
  }
}
