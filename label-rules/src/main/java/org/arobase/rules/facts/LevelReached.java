package org.arobase.rules.facts;

/**
 * A level whose criteria, and those of every level below, hold (fact inserted by the level rules).
 *
 * @param level 2 to 5
 */
public record LevelReached(int level) {}
