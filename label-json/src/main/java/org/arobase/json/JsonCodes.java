package org.arobase.json;

/**
 * The stable codes of the problems found while reading JSON, before any validation of the
 * content (the validator's codes are in {@link org.arobase.core.validation.ViolationCodes}). Every such
 * problem is an {@link org.arobase.core.validation.Severity#ERROR}; the message of a problem found in the
 * text ends with its line and column, e.g. {@code (line 3, column 7)}. Listed in docs/FORMAT.md.
 */
public final class JsonCodes {

  /** Malformed JSON: a missing comma or quote, a truncated document, bad UTF-8, trailing content. */
  public static final String JSON_SYNTAX = "JSON_SYNTAX";
  /** A field the format does not define; the message suggests the closest known name. */
  public static final String JSON_UNKNOWN_FIELD = "JSON_UNKNOWN_FIELD";
  /** A value of the wrong JSON type, e.g. a string where a number is expected, or {@code null} for a required field. */
  public static final String JSON_WRONG_TYPE = "JSON_WRONG_TYPE";
  /** A required field is absent; the pointer names it. */
  public static final String JSON_MISSING_FIELD = "JSON_MISSING_FIELD";
  /** The same field twice in one object. */
  public static final String JSON_DUPLICATE_FIELD = "JSON_DUPLICATE_FIELD";
  /** A {@code format} other than {@code arobase/dossier@1} (or {@code arobase/decision@1} for a decision). */
  public static final String JSON_FORMAT_UNSUPPORTED = "JSON_FORMAT_UNSUPPORTED";
  /** A date that is not an ISO-8601 calendar date {@code YYYY-MM-DD}, or does not exist (2021-02-30). */
  public static final String JSON_DATE_FORMAT = "JSON_DATE_FORMAT";
  /** A value outside a fixed list (kind, category, operator, distinction…); the message suggests the closest. */
  public static final String JSON_ENUM_UNKNOWN = "JSON_ENUM_UNKNOWN";
  /**
   * A string holding an unpaired surrogate (an escape <code>"&#92;uD800"</code> without its pair): not Unicode text,
   * it could be written back in no encoding. Bytes that are not well-formed UTF-8 (overlong forms,
   * encoded surrogates) are {@link #JSON_SYNTAX}: reading stops there.
   */
  public static final String JSON_INVALID_UNICODE = "JSON_INVALID_UNICODE";
  /** A number too large for its field (an integer beyond 32 bits, a number beyond a double). */
  public static final String JSON_NUMBER_OUT_OF_RANGE = "JSON_NUMBER_OUT_OF_RANGE";
  /**
   * An element of a dossier's {@code obligations} that is not an obligation code: empty, not made of
   * upper-case letters, digits and underscores starting with a letter ({@code ^[A-Z][A-Z0-9_]*$}), or
   * longer than 64 characters. Whether the code is in the
   * millésime's catalogue is the validator's check ({@code OBLIGATION_UNKNOWN}).
   */
  public static final String JSON_OBLIGATION_MALFORMED = "JSON_OBLIGATION_MALFORMED";
  /** The same code twice in a dossier's {@code obligations}; the pointer is the second, the message names both positions. */
  public static final String JSON_OBLIGATION_DUPLICATE = "JSON_OBLIGATION_DUPLICATE";
  /** The document is larger than {@link JsonLimits#maxDocumentBytes()}. */
  public static final String JSON_LIMIT_DOCUMENT_SIZE = "JSON_LIMIT_DOCUMENT_SIZE";
  /** Arrays and objects nested deeper than {@link JsonLimits#maxDepth()}. */
  public static final String JSON_LIMIT_DEPTH = "JSON_LIMIT_DEPTH";
  /** A string or field name longer than {@link JsonLimits#maxStringLength()}. */
  public static final String JSON_LIMIT_STRING = "JSON_LIMIT_STRING";
  /** A number written with more than 1,000 characters. */
  public static final String JSON_LIMIT_NUMBER = "JSON_LIMIT_NUMBER";
  /** More initiatives in one dossier than {@link JsonLimits#maxInitiatives()}. */
  public static final String JSON_LIMIT_INITIATIVES = "JSON_LIMIT_INITIATIVES";
  /** More dossiers in one file than {@link JsonLimits#maxDossiers()}. */
  public static final String JSON_LIMIT_DOSSIERS = "JSON_LIMIT_DOSSIERS";
  /**
   * More than 1,000 problems in one dossier: the rest are counted in this last violation, not listed; or
   * {@link JsonLimits#maxProblemsPerFile()} reached in one source: the last result says the rest is not read.
   */
  public static final String JSON_LIMIT_PROBLEMS = "JSON_LIMIT_PROBLEMS";
  /** The source could not be read (missing file, I/O error), or is not a regular file (a named pipe, a directory). */
  public static final String JSON_READ_FAILED = "JSON_READ_FAILED";

  private JsonCodes() {}
}
