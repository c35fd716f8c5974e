package org.arobase.rules.internal;

import org.arobase.core.Distinction;
import org.arobase.core.decision.Reason;

/**
 * Whether a distinction is proposed to the jury (fact inserted by the distinction rules).
 *
 * @param distinction the distinction
 * @param proposed whether its criteria hold
 * @param reason its reason, rule {@code DISTINCTION.<name>}
 */
public record DistinctionVerdict(Distinction distinction, boolean proposed, Reason reason) implements Explained {}
