package org.arobase.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The millésimes shipped with arobase; sources in docs/DOMAIN.md §0, §1.4 and §3, defaults in docs/EDITIONS.md. */
final class KnownEditions {

  static final Mention NUMERIQUE_RESPONSABLE =
      new Mention("NUMERIQUE_RESPONSABLE", "Numérique responsable et durable");
  static final Mention NUMERIQUE_EDUCATIF = new Mention("NUMERIQUE_EDUCATIF", "Numérique éducatif");
  static final Mention DEMOCRATIE_LOCALE = new Mention("DEMOCRATIE_LOCALE", "Démocratie locale");
  static final Mention MEDIATION_NUMERIQUE = new Mention("MEDIATION_NUMERIQUE", "Médiation numérique");
  static final Mention TRANSITION_ECOLOGIQUE =
      new Mention("TRANSITION_ECOLOGIQUE", "Transition écologique (arobase verte)");

  private static final List<Edition> ALL = List.of(
      // 21e label: jury of 10 Dec 2019, ceremony 4 Feb 2020 in Martigues; window not published.
      Edition.builder().year(2020).number(21)
          .filingOpens(LocalDate.of(2019, 3, 1)).filingCloses(LocalDate.of(2019, 11, 15))
          .windowPublished(false).matrixVersion("2020")
          .juryOn(LocalDate.of(2019, 12, 10)).ceremonyOn(LocalDate.of(2020, 2, 4))
          .build(),
      // 22e label: ceremony 4 Feb 2021 online; the mention « Numérique responsable et durable » is new.
      Edition.builder().year(2021).number(22)
          .filingOpens(LocalDate.of(2020, 3, 1)).filingCloses(LocalDate.of(2020, 11, 13))
          .windowPublished(false).matrixVersion("2021")
          .ceremonyOn(LocalDate.of(2021, 2, 4))
          .addMentions(NUMERIQUE_RESPONSABLE)
          .build(),
      // 23e label: dossiers filed from 4 March to 12 November 2021, jury 14 Dec 2021, ceremony 3 Feb 2022.
      Edition.builder().year(2022).number(23)
          .filingOpens(LocalDate.of(2021, 3, 4)).filingCloses(LocalDate.of(2021, 11, 12))
          .windowPublished(true).matrixVersion("2022")
          .juryOn(LocalDate.of(2021, 12, 14)).ceremonyOn(LocalDate.of(2022, 2, 3))
          .addMentions(NUMERIQUE_EDUCATIF, DEMOCRATIE_LOCALE, MEDIATION_NUMERIQUE, TRANSITION_ECOLOGIQUE)
          .build());

  private KnownEditions() {}

  static List<Edition> all() {
    return ALL;
  }

  static Optional<Edition> find(int year) {
    return ALL.stream().filter(e -> e.year() == year).findFirst();
  }

  static String years() {
    return ALL.stream().map(e -> String.valueOf(e.year())).collect(Collectors.joining(", "));
  }
}
