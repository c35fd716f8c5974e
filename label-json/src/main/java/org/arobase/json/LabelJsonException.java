package org.arobase.json;

import java.util.List;
import java.util.stream.Collectors;
import org.arobase.core.validation.Violation;

/**
 * Thrown by the reading methods that return a value directly when the JSON does not describe
 * one; carries every problem found, each with its pointer, code, line and column.
 */
public final class LabelJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // violations are records of strings; Java serialization is not a use case
  private final List<Violation> violations;

  /**
   * @param violations every problem found, at least one
   */
  public LabelJsonException(List<Violation> violations) {
    super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  /** @return every problem found */
  public List<Violation> violations() {
    return violations;
  }

  /** @return the distinct codes, in order of first appearance */
  public List<String> codes() {
    return violations.stream().map(Violation::code).distinct().toList();
  }
}
