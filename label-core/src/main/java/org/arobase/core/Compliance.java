package org.arobase.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * The legal obligations the collectivité declares it meets (docs/DOMAIN.md §5). Each is
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

  /** The codes of the obligations a dossier declares here, as the rating's parameters name them. */
  List<String> CODES = List.of("OPEN_DATA", "ACTS_ONLINE", "ACCESSIBILITY_STATEMENT", "ELECTRONIC_PROCUREMENT");

  /**
   * @param code an obligation's code, one of {@link #CODES}
   * @return whether the dossier declares it met; {@code false} for an unknown code
   */
  default boolean declares(String code) {
    return switch (code) {
      case "OPEN_DATA" -> openData();
      case "ACTS_ONLINE" -> actsOnline();
      case "ACCESSIBILITY_STATEMENT" -> accessibilityStatement();
      case "ELECTRONIC_PROCUREMENT" -> electronicProcurement();
      default -> false;
    };
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
