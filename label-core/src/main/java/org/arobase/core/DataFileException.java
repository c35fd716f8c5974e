package org.arobase.core;

/**
 * A data file of the millésimes (docs/DATA.md) that is broken or inconsistent, with the file, the
 * line or key, and what is wrong: a date that does not parse, an unknown enjeu or mention, a
 * threshold that decreases from one level to the next, a millésime without its matrix…
 */
public final class DataFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String reason;

  /**
   * @param file the file, relative to the data directory, or a resource name
   * @param line the 1-based line, or 0 when the problem concerns the whole file or a key
   * @param reason what is wrong, naming the key or column when there is one
   */
  public DataFileException(String file, int line, String reason) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  /** @return the file */
  public String file() {
    return file;
  }

  /** @return the 1-based line, or 0 */
  public int line() {
    return line;
  }

  /** @return what is wrong */
  public String reason() {
    return reason;
  }
}
