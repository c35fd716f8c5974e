package org.arobase.core.eligibility;

import java.util.Optional;

/**
 * Whether one initiative counts for a millésime, and why not when it does not.
 *
 * @param initiativeId the initiative's id
 * @param reason why it is ignored; empty when it counts
 * @param message a French explanation in both cases
 */
public record EligibilityVerdict(String initiativeId, Optional<IneligibilityReason> reason, String message) {

  /** @return whether the initiative counts */
  public boolean eligible() {
    return reason.isEmpty();
  }
}
