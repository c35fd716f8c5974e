package org.arobase.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arobase.core.decision.Decision;
import org.arobase.core.validation.Violation;

/**
 * One element of the output of {@code arobase rate}: a source and either its decision or the
 * violations that kept it from being rated.
 *
 * @param source the source label, as in {@link DossierResult#source()}
 * @param decision the decision, when the dossier was rated
 * @param violations why it was not rated; empty when it was
 */
public record RatingResult(String source, Optional<Decision> decision, List<Violation> violations) {

  /** Checks that every part is present and copies the list. */
  public RatingResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(decision, "decision");
    violations = List.copyOf(violations);
  }

  /**
   * @param source the source label
   * @param decision its decision
   * @return a rated result
   */
  public static RatingResult rated(String source, Decision decision) {
    return new RatingResult(source, Optional.of(decision), List.of());
  }

  /**
   * @param source the source label
   * @param violations why it could not be rated
   * @return a rejected result
   */
  public static RatingResult rejected(String source, List<Violation> violations) {
    return new RatingResult(source, Optional.empty(), violations);
  }
}
