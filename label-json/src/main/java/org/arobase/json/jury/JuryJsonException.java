package org.arobase.json.jury;

import java.util.List;
import java.util.stream.Collectors;
import org.arobase.core.Violation;

/** A jury file that cannot be read: every problem found, each with its pointer and code. */
public final class JuryJsonException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  JuryJsonException(List<Violation> violations) {
    super(violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
    this.violations = List.copyOf(violations);
  }

  /** @return every problem, in document order */
  public List<Violation> violations() {
    return violations;
  }
}
