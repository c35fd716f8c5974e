package org.arobase.core.validation;

import org.arobase.core.eligibility.IneligibilityReason;

/** The stable codes of {@link Violation}s raised by the {@link DossierValidator}, documented in docs/VALIDATION.md. */
public final class ViolationCodes {
  private ViolationCodes() {}

  /** The dossier's millésime is not known. */
  public static final String EDITION_UNKNOWN = "EDITION_UNKNOWN";
  /** The filing date lies outside the millésime's window (warning). */
  public static final String SUBMITTED_OUTSIDE_WINDOW = "SUBMITTED_OUTSIDE_WINDOW";
  /** The dossier has no initiative. */
  public static final String INITIATIVES_EMPTY = "INITIATIVES_EMPTY";
  /** The dossier has more initiatives than the validator accepts. */
  public static final String INITIATIVES_TOO_MANY = "INITIATIVES_TOO_MANY";
  /** Not one initiative counts for the millésime. */
  public static final String NO_ELIGIBLE_INITIATIVE = "NO_ELIGIBLE_INITIATIVE";

  /** The collectivité's name is empty. */
  public static final String NAME_BLANK = "NAME_BLANK";
  /** The code is neither an INSEE commune code nor a SIREN. */
  public static final String CODE_MALFORMED = "CODE_MALFORMED";
  /** A commune with a SIREN, or an intercommunalité with an INSEE commune code. */
  public static final String KIND_CODE_MISMATCH = "KIND_CODE_MISMATCH";
  /** The population is negative. */
  public static final String POPULATION_NEGATIVE = "POPULATION_NEGATIVE";
  /** The staff is negative or not a number. */
  public static final String AGENTS_NEGATIVE = "AGENTS_NEGATIVE";
  /** The département is not a département code. */
  public static final String DEPARTEMENT_MALFORMED = "DEPARTEMENT_MALFORMED";
  /** The département does not match the commune's INSEE code. */
  public static final String DEPARTEMENT_MISMATCH = "DEPARTEMENT_MISMATCH";
  /** A commune declared TERRITOIRE, or an intercommunalité declared VILLAGE or VILLE. */
  public static final String CATEGORY_MISMATCH = "CATEGORY_MISMATCH";

  /** An earlier label names a millésime before 2000 or not before the dossier's. */
  public static final String HISTORY_EDITION_OUT_OF_RANGE = "HISTORY_EDITION_OUT_OF_RANGE";
  /** Two earlier labels name the same millésime. */
  public static final String HISTORY_EDITION_DUPLICATE = "HISTORY_EDITION_DUPLICATE";
  /** An earlier label has arobases outside 1..5. */
  public static final String HISTORY_AROBASES_OUT_OF_RANGE = "HISTORY_AROBASES_OUT_OF_RANGE";

  /** An initiative has an empty id. */
  public static final String INITIATIVE_ID_BLANK = "INITIATIVE_ID_BLANK";
  /** Two initiatives share an id. */
  public static final String INITIATIVE_ID_DUPLICATE = "INITIATIVE_ID_DUPLICATE";
  /** An initiative has an empty title. */
  public static final String TITLE_BLANK = "TITLE_BLANK";
  /** A text is longer than its limit. */
  public static final String TEXT_TOO_LONG = "TEXT_TOO_LONG";
  /** An initiative lists no service. */
  public static final String SERVICES_EMPTY = "SERVICES_EMPTY";
  /** A service code is not in the millésime's matrix. */
  public static final String SERVICE_UNKNOWN = "SERVICE_UNKNOWN";
  /** An initiative lists the same service twice. */
  public static final String SERVICE_DUPLICATE = "SERVICE_DUPLICATE";
  /** A service the collectivité's category cannot run (warning: scores ignore it). */
  public static final String SERVICE_NOT_APPLICABLE = "SERVICE_NOT_APPLICABLE";
  /** An initiative ends before it starts. */
  public static final String END_BEFORE_START = "END_BEFORE_START";
  /** A date before 1990 or after 2100. */
  public static final String DATE_OUT_OF_RANGE = "DATE_OUT_OF_RANGE";
  /** A location outside the WGS 84 ranges. */
  public static final String LOCATION_OUT_OF_RANGE = "LOCATION_OUT_OF_RANGE";
  /** A link that is not an absolute http or https address. */
  public static final String LINK_MALFORMED = "LINK_MALFORMED";
  /** A declared obligation whose code is not in the millésime's catalogue of obligations. */
  public static final String OBLIGATION_UNKNOWN = "OBLIGATION_UNKNOWN";

  /**
   * The code of the warning given for an initiative the rating ignores: {@code IGNORED_}
   * followed by the reason, e.g. {@code IGNORED_ENDED_TOO_LONG_AGO}.
   *
   * @param reason why the initiative is ignored
   * @return the code
   */
  public static String ignored(IneligibilityReason reason) {
    return "IGNORED_" + reason.name();
  }
}
