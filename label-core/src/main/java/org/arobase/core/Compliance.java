package org.arobase.core;

import org.immutables.value.Value;

/**
 * The legal obligations the collectivité declares it meets (DOMAIN.md §5). Each is
 * {@code false} unless declared; which ones apply depends on population, staff and date.
 */
@Value.Immutable
@LabelStyle
public interface Compliance {

  /** @return open data by default (art. L312-1-1 CRPA, loi pour une République numérique, 2016) */
  @Value.Default
  default boolean openData() {
    return false;
  }

  /** @return a published accessibility statement (art. 47 loi 2005-102, décret 2019-768, RGAA) */
  @Value.Default
  default boolean accessibilityStatement() {
    return false;
  }

  /** @return electronic procurement on a profil d'acheteur (code de la commande publique, 2018) */
  @Value.Default
  default boolean electronicProcurement() {
    return false;
  }

  /** @return actes published online (ordonnance 2021-1310, from 1 July 2022) */
  @Value.Default
  default boolean actsOnline() {
    return false;
  }

  /** @return a new builder */
  static ImmutableCompliance.Builder builder() {
    return ImmutableCompliance.builder();
  }

  /** @return a declaration of no obligation met */
  static Compliance none() {
    return builder().build();
  }
}
