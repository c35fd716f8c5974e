package org.arobase.core.jury;

/**
 * The stable codes of the {@link org.arobase.core.validation.Violation}s raised by
 * {@link JuryRecords#validate} and {@link Jurors#validate}, documented in docs/JURY.md. A record also shares three codes
 * with dossiers: {@link org.arobase.core.validation.ViolationCodes#EDITION_UNKNOWN},
 * {@link org.arobase.core.validation.ViolationCodes#CODE_MALFORMED} and
 * {@link org.arobase.core.validation.ViolationCodes#NAME_BLANK}.
 */
public final class JuryCodes {
  private JuryCodes() {}

  /** A level outside 1..5 (award, binôme's or engine's proposal). */
  public static final String AROBASES_OUT_OF_RANGE = "AROBASES_OUT_OF_RANGE";
  /** A mention code that the millésime's catalogue does not have. */
  public static final String MENTION_UNKNOWN = "MENTION_UNKNOWN";
  /** The same mention twice. */
  public static final String MENTION_DUPLICATE = "MENTION_DUPLICATE";
  /**
   * A distinction the millésime or the level does not allow: « Territoire d'excellence
   * numérique » before 2021 or with fewer than 5@.
   */
  public static final String DISTINCTION_NOT_ALLOWED = "DISTINCTION_NOT_ALLOWED";
  /** The same distinction twice. */
  public static final String DISTINCTION_DUPLICATE = "DISTINCTION_DUPLICATE";
  /** The award departs from the engine by 2 @ or more and has no justification (error). */
  public static final String JUSTIFICATION_MISSING = "JUSTIFICATION_MISSING";
  /** The award departs from the engine (level, mentions or distinctions) and has no justification (warning). */
  public static final String JUSTIFICATION_ADVISED = "JUSTIFICATION_ADVISED";
  /** The binôme is not two distinct, non-blank juror ids. */
  public static final String BINOME_MALFORMED = "BINOME_MALFORMED";
  /** A second record for the same collectivité and millésime. */
  public static final String RECORD_DUPLICATE = "RECORD_DUPLICATE";

  /** (Jurors file) a conflict names a code that is neither a commune's INSEE code nor an intercommunalité's SIREN. */
  public static final String CONFLICT_UNKNOWN_COLLECTIVITY = "CONFLICT_UNKNOWN_COLLECTIVITY";
  /** (Jurors file) a conflict names a département code the official geography does not have. */
  public static final String CONFLICT_UNKNOWN_DEPARTEMENT = "CONFLICT_UNKNOWN_DEPARTEMENT";
  /** (Jurors file) a conflict names a region the official geography does not have. */
  public static final String CONFLICT_UNKNOWN_REGION = "CONFLICT_UNKNOWN_REGION";
}
