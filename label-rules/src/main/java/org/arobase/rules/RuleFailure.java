package org.arobase.rules;

import java.util.Objects;

/**
 * Why the rules could not rate one dossier: a rule's action threw, the dossier's budget ran out,
 * or the rules' result is not a decision. Only that dossier fails; see
 * {@link LabelEngine#assess} and {@link LabelEngine#evaluateEach}.
 *
 * @param kind what went wrong
 * @param file the rule file of the rule at fault, as given to {@link LabelEngine.Builder#addRules}
 *     (a path) or the resource name of a bundled file; empty when no rule is at fault
 * @param rule the name of that rule; empty when none is at fault
 * @param line the line of its file where that rule starts, 1-based; 0 when unknown
 * @param message what happened: the exception's class and message, or the budget and the rules
 *     that fired most
 */
public record RuleFailure(Kind kind, String file, String rule, int line, String message) {

  /** What went wrong. */
  public enum Kind {
    /**
     * A rule's action (or a condition, evaluated when facts are inserted or changed) threw; the
     * rule is the one whose action threw, when Drools names it.
     */
    EXCEPTION,
    /**
     * The rules fired more times than {@link LabelEngine.Builder#maxFirings(int)} allows: a rule
     * loops. The rule is the one that fired most.
     */
    FIRING_LIMIT,
    /**
     * The rating took longer than {@link LabelEngine.Builder#maxTimePerDossier}; the rule is the
     * one that fired most.
     */
    TIME_LIMIT,
    /**
     * The rules ran to the end but produced no decision: no level or several, no mosaïque or
     * several, or a level outside 1..5. No single rule is at fault.
     */
    RESULT
  }

  /** Checks the values; {@code null} strings are read as empty. */
  public RuleFailure {
    Objects.requireNonNull(kind, "kind");
    file = file == null ? "" : file;
    rule = rule == null ? "" : rule;
    line = Math.max(0, line);
    Objects.requireNonNull(message, "message");
  }

  /** @return {@code file:line: rule "name": message}, leaving out what is unknown */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (!file.isEmpty()) {
      s.append(file).append(line > 0 ? ":" + line : "").append(": ");
    }
    if (!rule.isEmpty()) {
      s.append("rule \"").append(rule).append("\": ");
    }
    return s.append(message).toString();
  }
}
