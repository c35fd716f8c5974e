package org.arobase.core.eligibility;

import org.arobase.core.Operator;

/** Why an initiative does not count for a millésime (docs/METHOD.md §2). */
public enum IneligibilityReason {
  /** It starts after the reference date, the close of the filing window. */
  STARTED_AFTER_REFERENCE_DATE,
  /** It ended two years or more before the reference date. */
  ENDED_TOO_LONG_AGO,
  /** It is run by someone the label does not count ({@link Operator#OTHER}). */
  OPERATOR_NOT_COUNTED,
  /** None of its services applies to the collectivité's category (or is in the matrix). */
  NO_APPLICABLE_SERVICE
}
