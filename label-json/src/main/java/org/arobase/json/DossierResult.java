package org.arobase.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arobase.core.Dossier;
import org.arobase.core.validation.Severity;
import org.arobase.core.validation.Violation;

/**
 * What reading one dossier of a source gave: where it comes from, the dossier when the JSON
 * could be turned into one, and every problem found, the JSON ones first, then the
 * validator's.
 *
 * @param source the source label: the name given ({@code dossiers.json}, {@code -} for
 *     standard input), followed by {@code #N} (0-based) for the N-th element of an array
 * @param dossier the dossier, absent when the JSON is broken or does not describe one
 * @param violations every problem, errors and warnings; pointers are relative to the dossier
 *     (to the file for a problem that makes the whole file unreadable)
 */
public record DossierResult(String source, Optional<Dossier> dossier, List<Violation> violations) {

  /** Checks that every part is present and copies the list. */
  public DossierResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(dossier, "dossier");
    violations = List.copyOf(violations);
  }

  /** @return whether the dossier was built and has no error (warnings never block) */
  public boolean isValid() {
    return dossier.isPresent() && violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /** @return the errors only */
  public List<Violation> errors() {
    return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
  }
}
