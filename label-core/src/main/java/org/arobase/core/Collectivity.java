package org.arobase.core;

import java.util.Optional;
import java.util.OptionalDouble;
import org.arobase.core.validation.DossierValidator;
import org.immutables.value.Value;

/**
 * A collectivité taking part in the label: a commune or an intercommunalité.
 *
 * <p>Values are not checked when built, so that a {@link DossierValidator} can report every
 * problem of a dossier at once.
 */
@Value.Immutable
@LabelStyle
public interface Collectivity {

  /** @return the INSEE commune code (5 characters, e.g. {@code 2A004}) or the SIREN of an EPCI (9 digits) */
  String code();

  /** @return the official name, e.g. « Ayen » or « Dijon Métropole » */
  String name();

  /** @return commune or intercommunalité */
  CollectivityKind kind();

  /** @return the municipal (or intercommunal) population */
  int population();

  /** @return the staff in full-time equivalents, when declared (it decides the open-data obligation) */
  OptionalDouble agents();

  /** @return the département code ({@code 19}, {@code 2A}, {@code 971}), when given */
  Optional<String> departement();

  /** @return the region's name, when given */
  Optional<String> region();

  /** @return the questionnaire track declared by a commune, if any */
  Optional<Category> category();

  /** @return a new builder */
  static ImmutableCollectivity.Builder builder() {
    return ImmutableCollectivity.builder();
  }
}
