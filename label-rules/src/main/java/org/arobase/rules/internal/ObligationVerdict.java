package org.arobase.rules.internal;

import org.arobase.core.decision.Reason;

/**
 * Whether a legal obligation applies and is declared met (fact inserted by the obligation rules).
 *
 * @param code the obligation's code
 * @param applies whether it applies to the collectivité at the reference date
 * @param met whether it is met, or does not apply
 * @param reason its reason, rule {@code OBLIGATION.<code>}
 */
public record ObligationVerdict(String code, boolean applies, boolean met, Reason reason) implements Explained {}
