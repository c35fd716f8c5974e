package org.arobase.core;

/**
 * The questionnaire track of a dossier: <em>Villages</em>, <em>Villes</em> or
 * <em>Territoires Internet</em>. « Un village 5@ vaut une ville 5@ »: the scale of
 * arobases is common, the criteria are per category.
 */
public enum Category {
  /** A small commune (below the millésime's village population threshold, or declared so). */
  VILLAGE,
  /** A commune at or above the village threshold, or declared so. */
  VILLE,
  /** An intercommunalité. */
  TERRITOIRE;

  /**
   * The category a dossier is rated in: {@code TERRITOIRE} for an intercommunalité; for a
   * commune the declared track when there is one, else {@code VILLAGE} below
   * {@code villagePopulationThreshold} inhabitants and {@code VILLE} from it on.
   *
   * <p>A commune that declares {@code TERRITOIRE} is rated by its population, since the
   * track is reserved to intercommunalités (the validator reports the mismatch).
   *
   * @param collectivity the collectivité of the dossier
   * @param villagePopulationThreshold the first population that makes a commune a ville
   * @return the category used for the rating
   */
  public static Category of(Collectivity collectivity, int villagePopulationThreshold) {
    if (collectivity.kind() == CollectivityKind.INTERCOMMUNALITE) {
      return TERRITOIRE;
    }
    return collectivity.category()
        .filter(declared -> declared != TERRITOIRE)
        .orElse(collectivity.population() < villagePopulationThreshold ? VILLAGE : VILLE);
  }
}
