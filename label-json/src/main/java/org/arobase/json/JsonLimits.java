package org.arobase.json;

/**
 * Safety limits of reading, so that a huge or hostile document gives a clear error instead of
 * an {@link OutOfMemoryError} or a {@link StackOverflowError}. Every limit must be positive.
 *
 * <pre>{@code
 * LabelJson json = LabelJson.standard().withLimits(JsonLimits.defaults().withMaxDocumentBytes(1L << 30));
 * }</pre>
 *
 * @param maxDocumentBytes the largest document, in bytes (characters for a {@code String} source)
 * @param maxDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string or field name, in characters
 * @param maxInitiatives the most initiatives in one dossier
 * @param maxDossiers the most dossiers in one file (an array of dossiers)
 * @param maxProblemsPerFile the most problems (errors) kept for one source, summed over its dossiers: once
 *     they are reached, reading of the source stops after the dossier that reached them, and one last
 *     result says so ({@link JsonCodes#JSON_LIMIT_PROBLEMS})
 */
public record JsonLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxInitiatives, int maxDossiers,
    int maxProblemsPerFile) {

  /** The default largest document: 100 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 100L * 1024 * 1024;
  /** The default deepest nesting: 64 (a dossier needs 4). */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** The default longest string: 1,000,000 characters (a summary has at most 10,000). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
  /** The default most initiatives in one dossier: 10,000 (the validator's own limit is 2,000). */
  public static final int DEFAULT_MAX_INITIATIVES = 10_000;
  /** The default most dossiers in one file: 100,000 (more than the communes of France). */
  public static final int DEFAULT_MAX_DOSSIERS = 100_000;

  /** The default most problems kept for one source: 10,000. */
  public static final int DEFAULT_MAX_PROBLEMS_PER_FILE = 10_000;

  private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH,
      DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_INITIATIVES, DEFAULT_MAX_DOSSIERS, DEFAULT_MAX_PROBLEMS_PER_FILE);

  /**
   * Checks that every limit is positive.
   *
   * @throws IllegalArgumentException naming the first limit that is not
   */
  public JsonLimits {
    positive("maxDocumentBytes", maxDocumentBytes);
    positive("maxDepth", maxDepth);
    positive("maxStringLength", maxStringLength);
    positive("maxInitiatives", maxInitiatives);
    positive("maxDossiers", maxDossiers);
    positive("maxProblemsPerFile", maxProblemsPerFile);
  }

  /**
   * The limits of earlier versions, with the default {@link #DEFAULT_MAX_PROBLEMS_PER_FILE}.
   *
   * @param maxDocumentBytes the largest document
   * @param maxDepth the deepest nesting
   * @param maxStringLength the longest string
   * @param maxInitiatives the most initiatives in one dossier
   * @param maxDossiers the most dossiers in one file
   */
  public JsonLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxInitiatives, int maxDossiers) {
    this(maxDocumentBytes, maxDepth, maxStringLength, maxInitiatives, maxDossiers, DEFAULT_MAX_PROBLEMS_PER_FILE);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
  }

  /** @return the default limits */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * @param bytes the largest document
   * @return these limits with that one changed
   */
  public JsonLimits withMaxDocumentBytes(long bytes) {
    return new JsonLimits(bytes, maxDepth, maxStringLength, maxInitiatives, maxDossiers, maxProblemsPerFile);
  }

  /**
   * @param depth the deepest nesting
   * @return these limits with that one changed
   */
  public JsonLimits withMaxDepth(int depth) {
    return new JsonLimits(maxDocumentBytes, depth, maxStringLength, maxInitiatives, maxDossiers, maxProblemsPerFile);
  }

  /**
   * @param length the longest string
   * @return these limits with that one changed
   */
  public JsonLimits withMaxStringLength(int length) {
    return new JsonLimits(maxDocumentBytes, maxDepth, length, maxInitiatives, maxDossiers, maxProblemsPerFile);
  }

  /**
   * @param initiatives the most initiatives in one dossier
   * @return these limits with that one changed
   */
  public JsonLimits withMaxInitiatives(int initiatives) {
    return new JsonLimits(maxDocumentBytes, maxDepth, maxStringLength, initiatives, maxDossiers, maxProblemsPerFile);
  }

  /**
   * @param dossiers the most dossiers in one file
   * @return these limits with that one changed
   */
  public JsonLimits withMaxDossiers(int dossiers) {
    return new JsonLimits(maxDocumentBytes, maxDepth, maxStringLength, maxInitiatives, dossiers, maxProblemsPerFile);
  }

  /**
   * @param problems the most problems kept for one source
   * @return these limits with that one changed
   */
  public JsonLimits withMaxProblemsPerFile(int problems) {
    return new JsonLimits(maxDocumentBytes, maxDepth, maxStringLength, maxInitiatives, maxDossiers, problems);
  }
}
