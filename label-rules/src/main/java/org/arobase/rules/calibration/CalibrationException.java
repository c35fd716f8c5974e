package org.arobase.rules.calibration;

import java.util.List;

/** Awards or dossiers that cannot be calibrated on, with every problem. */
public final class CalibrationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems. */
  private final transient List<AwardsTable.Problem> problems;

  /** @param problems the problems, at least one */
  public CalibrationException(List<AwardsTable.Problem> problems) {
    super(problems.isEmpty() ? "no problem" : problems.get(0).message()
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem, in order */
  public List<AwardsTable.Problem> problems() {
    return problems;
  }
}
