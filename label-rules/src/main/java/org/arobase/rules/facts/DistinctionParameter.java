package org.arobase.rules.facts;

import org.arobase.core.Distinction;

/**
 * The criteria of a distinction the engine may propose (parameter fact).
 *
 * @param distinction the distinction
 * @param minFiveAtLabels how many 5@ labels, the current one included
 * @param validityYears how many millésimes a grant lasts, the year of grant included
 * @param consecutive whether the 5@ labels must follow one another up to this millésime (the 2021
 *     definition, continuity) rather than count in all
 */
public record DistinctionParameter(Distinction distinction, int minFiveAtLabels, int validityYears, boolean consecutive) {}
