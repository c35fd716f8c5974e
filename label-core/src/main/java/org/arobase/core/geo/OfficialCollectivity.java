package org.arobase.core.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.CollectivityKind;

/**
 * A commune or an intercommunalité as the official geography knows it.
 *
 * @param code the INSEE code of a commune, the SIREN of an intercommunalité
 * @param name the official name, e.g. « Saint-Égrève » or « CA du Bassin d'Aurillac »
 * @param kind commune or intercommunalité
 * @param type {@code COM} for a commune; for an intercommunalité its legal form: {@code CC}
 *     (communauté de communes), {@code CA} (d'agglomération), {@code CU} (urbaine),
 *     {@code METRO} (métropole) or {@code MET69} (Métropole de Lyon)
 * @param departement the commune's département; for an intercommunalité the département of
 *     most of its inhabitants
 * @param region the name of the region of {@code departement}
 * @param population the population municipale
 * @param siren the SIREN of a commune (most have one) or of the intercommunalité
 * @param intercommunalite the SIREN of the intercommunalité a commune belongs to; empty for
 *     an intercommunalité and for the few island communes that belong to none
 * @param departements every département the collectivité spans, in code order
 * @param members the INSEE codes of an intercommunalité's communes, in code order; empty for a commune
 */
public record OfficialCollectivity(
    String code,
    String name,
    CollectivityKind kind,
    String type,
    String departement,
    String region,
    int population,
    Optional<String> siren,
    Optional<String> intercommunalite,
    List<String> departements,
    List<String> members) {

  /** Checks that every part is present and copies the lists. */
  public OfficialCollectivity {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(departement, "departement");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(siren, "siren");
    Objects.requireNonNull(intercommunalite, "intercommunalite");
    departements = List.copyOf(departements);
    members = List.copyOf(members);
  }

  /**
   * @param villagePopulationThreshold the first population that makes a commune a ville
   * @return {@code TERRITOIRE} for an intercommunalité; for a commune {@code VILLAGE} below
   *     the threshold and {@code VILLE} from it on
   */
  public Category category(int villagePopulationThreshold) {
    if (kind == CollectivityKind.INTERCOMMUNALITE) {
      return Category.TERRITOIRE;
    }
    return population < villagePopulationThreshold ? Category.VILLAGE : Category.VILLE;
  }

  @Override
  public String toString() {
    return name + " (" + code + ", " + region + ")";
  }
}
