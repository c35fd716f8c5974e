package org.arobase.rules;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown by {@link LabelEngine#evaluate} and {@link LabelEngine#evaluateAll} when the rules
 * cannot rate a dossier (a rule's action threw, the budget per dossier ran out, or the rules
 * produced no decision): carries the {@link RuleFailure}, with the rule file, rule and line.
 * {@link LabelEngine#assess} and {@link LabelEngine#evaluateEach} return it instead of throwing.
 *
 * <p>It is an {@link IllegalStateException}, as the engine threw for a rule set that loops or
 * decides no level before it existed.
 */
public final class RuleFailureException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient RuleFailure failure;
  private final int position;

  /**
   * @param failure the failure
   * @param position the dossier's position in the collection given to {@link LabelEngine#evaluateAll}, or -1
   */
  RuleFailureException(RuleFailure failure, int position) {
    super((position >= 0 ? "dossier at position " + position + ": " : "") + "the rules failed: "
        + Objects.requireNonNull(failure, "failure"));
    this.failure = failure;
    this.position = position;
  }

  /** @return the failure: kind, file, rule, line and message */
  public RuleFailure failure() {
    return failure;
  }

  /** @return the rule file of the rule at fault, empty when none is */
  public String file() {
    return failure.file();
  }

  /** @return the rule at fault, empty when none is */
  public String rule() {
    return failure.rule();
  }

  /** @return the line where that rule starts in its file, 0 when unknown */
  public int line() {
    return failure.line();
  }

  /** @return the dossier's position (0-based) in the collection given to {@link LabelEngine#evaluateAll}, if any */
  public OptionalInt position() {
    return position >= 0 ? OptionalInt.of(position) : OptionalInt.empty();
  }
}
