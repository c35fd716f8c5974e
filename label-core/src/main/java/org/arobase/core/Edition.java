package org.arobase.core;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A millésime of the label: the year on the panneau, its edition number, the filing window,
 * the matrix version its dossiers are classified in and its catalogue of mentions.
 *
 * <p>Use {@link #of(int)} for the millésimes of the bundled data, {@link LabelData#load(java.nio.file.Path)}
 * for data of one's own, or build your own.
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

  /** @return the mentions this millésime can award, in catalogue order */
  List<Mention> mentions();

  /**
   * @return the legal obligations this millésime's rating considers, in catalogue order; an
   *     obligation that takes effect after the reference date is listed too, and reported as not
   *     yet in force
   */
  List<Obligation> obligations();

  /**
   * @return which of this millésime's facts are published by the association or the press
   *     ({@code number}, {@code filingWindow}, {@code juryOn}, {@code ceremonyOn}, {@code mentions},
   *     {@code matrix}); the others are documented defaults (docs/EDITIONS.md)
   */
  Set<String> published();

  /** @return whether the filing window was published, or is a documented default */
  @Value.Derived
  default boolean windowPublished() {
    return published().contains("filingWindow");
  }

  /** @return the version of the rating's parameters of this millésime, e.g. {@code 2022.1} */
  @Value.Default
  default String parametersVersion() {
    return year() + ".1";
  }

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
   * @param code an obligation code
   * @return the obligation of this millésime's catalogue with that code
   */
  default Optional<Obligation> obligation(String code) {
    return obligations().stream().filter(o -> o.code().equals(code)).findFirst();
  }

  /**
   * @param year a millésime
   * @return the millésime of the bundled data ({@link LabelData#bundled()}) for that year
   * @throws IllegalArgumentException if the data has no such millésime, naming the ones it has
   */
  static Edition of(int year) {
    return LabelData.bundled().edition(year);
  }

  /**
   * @param year a millésime
   * @return the millésime of the bundled data for that year, if any
   */
  static Optional<Edition> find(int year) {
    return LabelData.bundled().find(year);
  }

  /** @return the newest millésime of the bundled data, the one dossiers are filed for now */
  static Edition newest() {
    return LabelData.bundled().newest();
  }

  /** @return every millésime of the bundled data, oldest first */
  static List<Edition> known() {
    return LabelData.bundled().editions();
  }
}
