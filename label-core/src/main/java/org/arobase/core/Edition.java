package org.arobase.core;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A millésime of the label: the year on the panneau, its edition number, the filing window,
 * the matrix version its dossiers are classified in and its catalogue of mentions.
 *
 * <p>Use {@link #of(int)} for the millésimes arobase knows, or build your own.
 */
@Value.Immutable
@LabelStyle
public interface Edition {

  /** @return the millésime, the year of the ceremony and on the panneau (e.g. 2022) */
  int year();

  /** @return the edition number (2022 is the 23rd label) */
  int number();

  /** @return the first day dossiers may be filed */
  LocalDate filingOpens();

  /** @return the last day dossiers may be filed; the reference date of eligibility */
  LocalDate filingCloses();

  /** @return whether the filing window was published, or is a documented default */
  boolean windowPublished();

  /** @return the version of the service matrix, e.g. {@code "2022"} */
  String matrixVersion();

  /** @return the day the jury met, when known */
  Optional<LocalDate> juryOn();

  /** @return the day of the award ceremony, when known */
  Optional<LocalDate> ceremonyOn();

  /**
   * @return the first population at which a commune without a declared track is a ville;
   *     not published, 3,500 by default (the AMRF's rural communes, docs/DOMAIN.md §1.3)
   */
  @Value.Default
  default int villagePopulationThreshold() {
    return 3_500;
  }

  /**
   * @return how long after its end an initiative still counts, before the reference date;
   *     two years (Weka 2017, docs/DOMAIN.md §1.5)
   */
  @Value.Default
  default Period eligibilityPeriod() {
    return Period.ofYears(2);
  }

  /** @return the mentions this millésime can award */
  List<Mention> mentions();

  /** @return the date at which initiatives are judged: the close of the filing window */
  @Value.Derived
  default LocalDate referenceDate() {
    return filingCloses();
  }

  /**
   * @param code a mention code
   * @return the mention of this millésime's catalogue with that code
   */
  default Optional<Mention> mention(String code) {
    return mentions().stream().filter(m -> m.code().equals(code)).findFirst();
  }

  /** @return a new builder */
  static ImmutableEdition.Builder builder() {
    return ImmutableEdition.builder();
  }

  /**
   * @param year a millésime
   * @return the millésime arobase knows for that year
   * @throws IllegalArgumentException if arobase does not know it, naming the ones it knows
   */
  static Edition of(int year) {
    return find(year).orElseThrow(() -> new IllegalArgumentException(
        "unknown millésime " + year + "; known: " + KnownEditions.years()));
  }

  /**
   * @param year a millésime
   * @return the millésime arobase knows for that year, if any
   */
  static Optional<Edition> find(int year) {
    return KnownEditions.find(year);
  }

  /** @return the newest millésime arobase knows, the one most dossiers are filed for */
  static Edition newest() {
    List<Edition> known = known();
    return known.get(known.size() - 1);
  }

  /** @return every millésime arobase knows, oldest first */
  static List<Edition> known() {
    return KnownEditions.all();
  }
}
