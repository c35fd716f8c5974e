package org.arobase.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in one dossier, in document order. A dossier is valid when it has no error. */
public final class ValidationReport {

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = List.copyOf(violations);
  }

  /**
   * @param violations the problems found
   * @return a report holding them
   */
  public static ValidationReport of(Collection<Violation> violations) {
    return violations.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(violations));
  }

  /** @return a report with no violation */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** @return every violation, errors and warnings */
  public List<Violation> violations() {
    return violations;
  }

  /** @return the errors only */
  public List<Violation> errors() {
    return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
  }

  /** @return the warnings only */
  public List<Violation> warnings() {
    return violations.stream().filter(v -> v.severity() == Severity.WARNING).toList();
  }

  /** @return whether there is no error (warnings never block) */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /** @return the distinct codes, in order of first appearance */
  public List<String> codes() {
    return violations.stream().map(Violation::code).distinct().toList();
  }

  /**
   * @param other another report on the same dossier
   * @return a report with this report's violations followed by the other's
   */
  public ValidationReport plus(ValidationReport other) {
    List<Violation> all = new ArrayList<>(violations);
    all.addAll(other.violations);
    return of(all);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r && r.violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  @Override
  public String toString() {
    return violations.isEmpty()
        ? "valid"
        : violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
