package org.arobase.core.validation;

import java.util.Objects;

/**
 * One problem found in a dossier.
 *
 * @param pointer where, as an RFC 6901 JSON pointer into the dossier, e.g. {@code /initiatives/3/services/0}
 * @param code a stable code listed in docs/VALIDATION.md, e.g. {@code SERVICE_UNKNOWN}
 * @param severity {@link Severity#ERROR} makes the dossier invalid; a warning only informs
 * @param message a sentence for people
 */
public record Violation(String pointer, String code, Severity severity, String message) {

  /** Checks that every part is present. */
  public Violation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /**
   * @param pointer where
   * @param code what
   * @param message why
   * @return an error
   */
  public static Violation error(String pointer, String code, String message) {
    return new Violation(pointer, code, Severity.ERROR, message);
  }

  /**
   * @param pointer where
   * @param code what
   * @param message why
   * @return a warning
   */
  public static Violation warning(String pointer, String code, String message) {
    return new Violation(pointer, code, Severity.WARNING, message);
  }

  /**
   * Builds an RFC 6901 pointer from its reference tokens, escaping {@code ~} and {@code /}.
   *
   * @param tokens field names and array indexes, outermost first
   * @return the pointer, e.g. {@code /initiatives/3/services/0}; the empty string for no token
   */
  public static String pointerOf(Object... tokens) {
    StringBuilder sb = new StringBuilder();
    for (Object token : tokens) {
      sb.append('/').append(String.valueOf(token).replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return severity + " " + code + " at " + (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
  }
}
