package org.arobase.core.matrix;

/** A matrix file that does not follow the format of docs/MATRIX.md, with the place and the reason. */
public final class MatrixFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String reason;

  MatrixFormatException(String source, int line, String reason) {
    super(source + (line > 0 ? ":" + line : "") + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /** @return the file or resource name */
  public String source() {
    return source;
  }

  /** @return the 1-based line, or 0 when the problem concerns the whole file */
  public int line() {
    return line;
  }

  /** @return what is wrong */
  public String reason() {
    return reason;
  }
}
