package org.arobase.core.matrix;

/**
 * One difference between two versions of the matrix, for a service code.
 *
 * @param kind added, removed or renamed
 * @param code the service code, stable across versions
 * @param before the label in the older version, empty when added
 * @param after the label in the newer version, empty when removed
 */
public record MatrixChange(Kind kind, String code, String before, String after) {

  /** What happened to a service between two versions. */
  public enum Kind {
    /** New in the newer version. */
    ADDED,
    /** Gone from the newer version. */
    REMOVED,
    /** Same code, new label. */
    RENAMED
  }
}
