package org.arobase.rules.internal;

import org.arobase.core.decision.Reason;

/**
 * Whether one criterion of one level holds (fact inserted by the level rules).
 *
 * @param level 2 to 5
 * @param criterion e.g. {@code MIN_ENJEUX}
 * @param met whether it holds
 * @param reason its reason, rule {@code LEVEL.<level>.<criterion>}
 */
public record LevelCriterion(int level, String criterion, boolean met, Reason reason) implements Explained {}
