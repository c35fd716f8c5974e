package org.arobase.rules.internal;

/**
 * A ceiling on the level (fact inserted by the obligation rules).
 *
 * @param cap the highest level allowed
 * @param rule the rule id that caps, e.g. {@code OBLIGATION.OPEN_DATA}
 */
public record LevelCap(int cap, String rule) {}
