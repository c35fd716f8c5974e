package org.arobase.core.decision;

/**
 * The score of one axis: the mean of its enjeux' scores.
 *
 * @param code the axis code
 * @param label its French label
 * @param score 0 to 1
 * @param coveredEnjeux how many of its enjeux have at least one covered service
 */
public record AxisScore(String code, String label, double score, int coveredEnjeux) {}
