package org.arobase.rules;

import java.util.Objects;
import org.arobase.core.decision.Decision;
import org.arobase.core.validation.InvalidDossierException;
import org.arobase.core.validation.ValidationReport;

/**
 * The outcome of one dossier, from {@link LabelEngine#assess} or {@link LabelEngine#evaluateEach}:
 * {@link Rated rated} with its decision, {@link Refused refused} with its validation report, or
 * {@link Failed failed} because of the rules.
 *
 * <pre>{@code
 * for (Evaluation e : engine.evaluateEach(dossiers)) {
 *   if (e instanceof Evaluation.Rated r) { ... r.decision() ...
 *   } else if (e instanceof Evaluation.Refused r) { ... r.report() ...
 *   } else if (e instanceof Evaluation.Failed f) { ... f.failure() ... }
 * }
 * }</pre>
 */
public sealed interface Evaluation permits Evaluation.Rated, Evaluation.Refused, Evaluation.Failed {

  /**
   * @return the decision when rated
   * @throws InvalidDossierException with the report when refused
   * @throws RuleFailureException with the failure when failed
   */
  Decision orThrow();

  /** @return whether the dossier was rated */
  default boolean isRated() {
    return this instanceof Rated;
  }

  /**
   * The dossier was rated.
   *
   * @param decision its decision
   */
  record Rated(Decision decision) implements Evaluation {
    /** Checks the decision is there. */
    public Rated {
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public Decision orThrow() {
      return decision;
    }
  }

  /**
   * The dossier is not valid (or is of another millésime, or none of its initiatives counts).
   *
   * @param report its validation report, with at least one error
   */
  record Refused(ValidationReport report) implements Evaluation {
    /** Checks the report is there. */
    public Refused {
      Objects.requireNonNull(report, "report");
    }

    @Override
    public Decision orThrow() {
      throw new InvalidDossierException(report);
    }
  }

  /**
   * The rules could not rate the dossier: a rule's action threw, the budget ran out, or the rules
   * produced no decision.
   *
   * @param failure what went wrong, with the rule file, rule and line
   */
  record Failed(RuleFailure failure) implements Evaluation {
    /** Checks the failure is there. */
    public Failed {
      Objects.requireNonNull(failure, "failure");
    }

    @Override
    public Decision orThrow() {
      throw new RuleFailureException(failure, -1);
    }
  }
}
