package org.arobase.rules.internal;

import org.arobase.core.Distinction;

/**
 * Whether a distinction is proposed to the jury (fact inserted by the distinction rules).
 *
 * @param distinction the distinction
 * @param proposed whether its criteria hold
 */
public record DistinctionVerdict(Distinction distinction, boolean proposed) {}
