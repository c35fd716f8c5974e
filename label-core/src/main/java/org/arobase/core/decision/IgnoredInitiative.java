package org.arobase.core.decision;

import org.arobase.core.eligibility.IneligibilityReason;

/**
 * An initiative the rating did not count, and why.
 *
 * @param id the initiative's id
 * @param reason the typed reason
 * @param message a French explanation
 */
public record IgnoredInitiative(String id, IneligibilityReason reason, String message) {}
