package org.arobase.rules.internal;

/**
 * Whether one criterion of one level holds (fact inserted by the level rules).
 *
 * @param level 2 to 5
 * @param criterion e.g. {@code MIN_ENJEUX}
 * @param met whether it holds
 */
public record LevelCriterion(int level, String criterion, boolean met) {}
