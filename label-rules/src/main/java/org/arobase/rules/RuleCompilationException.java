package org.arobase.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link LabelEngine.Builder#build()} when a rule file does not compile; names each
 * file, line and Drools' own message, never a stack trace of the compiler.
 */
public final class RuleCompilationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One compilation error. */
  private final transient List<Problem> problems;

  /**
   * One error reported by the rule compiler.
   *
   * @param file the rule file as given (a path for a user's file, the resource name for a bundled one)
   * @param line the line, 1-based; 0 when the compiler gives none
   * @param message the compiler's message
   */
  public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
  }

  /** @param problems the errors, at least one */
  RuleCompilationException(List<Problem> problems) {
    super("rules do not compile:\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** @return every error, in the compiler's order */
  public List<Problem> problems() {
    return problems;
  }

  /** @return the file of the first error */
  public String file() {
    return problems.get(0).file();
  }

  /** @return the line of the first error, 0 when unknown */
  public int line() {
    return problems.get(0).line();
  }
}
