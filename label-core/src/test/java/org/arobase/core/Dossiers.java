package org.arobase.core;

import java.time.LocalDate;

/** Small valid dossiers for tests. */
public final class Dossiers {
  private Dossiers() {}

  public static Initiative initiative(String id, String... services) {
    return Initiative.builder()
        .id(id)
        .title("Arbres remarquables géolocalisés")
        .addServices(services)
        .startedOn(LocalDate.of(2020, 5, 1))
        .operator(Operator.COLLECTIVITY)
        .build();
  }

  /** Ayen (Corrèze), 4@ in 2020, with its remarkable trees on a map. */
  public static ImmutableDossier ayen() {
    return Dossier.builder()
        .edition(2022)
        .collectivity(Collectivity.builder()
            .code("19015").name("Ayen").kind(CollectivityKind.COMMUNE).population(700)
            .departement("19").region("Nouvelle-Aquitaine").build())
        .submittedOn(LocalDate.of(2021, 10, 1))
        .addHistory(PastLabel.of(2020, 4))
        .addInitiatives(initiative("arbres", "CP.01"), initiative("portail", "SP.01", "SP.02"))
        .build();
  }

  public static ImmutableInitiative first(Dossier dossier) {
    return ImmutableInitiative.copyOf(dossier.initiatives().get(0));
  }

  public static ImmutableDossier withFirst(ImmutableDossier dossier, Initiative initiative) {
    var list = new java.util.ArrayList<>(dossier.initiatives());
    list.set(0, initiative);
    return dossier.withInitiatives(list);
  }

  public static ImmutableCollectivity collectivity(Dossier dossier) {
    return ImmutableCollectivity.copyOf(dossier.collectivity());
  }
}
