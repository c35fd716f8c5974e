package org.arobase.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.arobase.core.eligibility.EligibilityVerdict;

/**
 * Every problem found in one dossier, in document order, and the eligibility verdict of each of
 * its initiatives when the validator judged them. A dossier is valid when it has no error.
 */
public final class ValidationReport {

  private static final ValidationReport EMPTY = new ValidationReport(List.of(), List.of());

  private final List<Violation> violations;
  private final List<EligibilityVerdict> eligibility;

  private ValidationReport(List<Violation> violations, List<EligibilityVerdict> eligibility) {
    this.violations = List.copyOf(violations);
    this.eligibility = List.copyOf(eligibility);
  }

  /**
   * @param violations the problems found
   * @return a report holding them
   */
  public static ValidationReport of(Collection<Violation> violations) {
    return violations.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(violations), List.of());
  }

  /**
   * @param violations the problems found
   * @param eligibility the verdict of each initiative, in the dossier's order
   * @return a report holding them
   */
  public static ValidationReport of(Collection<Violation> violations, List<EligibilityVerdict> eligibility) {
    return violations.isEmpty() && eligibility.isEmpty() ? EMPTY
        : new ValidationReport(List.copyOf(violations), eligibility);
  }

  /**
   * @return the eligibility verdict of each initiative, in the dossier's order, as the validator
   *     judged them; empty when it did not judge them all (a malformed initiative, an unknown
   *     millésime, or a validator built with {@link DossierValidator.Builder#judgeEligibility(boolean) judgeEligibility(false)}).
   *     The rating reuses these verdicts rather than judging again.
   */
  public List<EligibilityVerdict> eligibility() {
    return eligibility;
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
    return of(all, eligibility.isEmpty() ? other.eligibility : eligibility);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r && r.violations.equals(violations) && r.eligibility.equals(eligibility);
  }

  @Override
  public int hashCode() {
    return violations.hashCode() * 31 + eligibility.hashCode();
  }

  @Override
  public String toString() {
    return violations.isEmpty()
        ? "valid"
        : violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
  }
}
