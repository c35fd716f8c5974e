package org.arobase.rules.facts;

import org.arobase.core.Distinction;

/**
 * The criteria of a distinction the engine may propose (parameter fact).
 *
 * @param distinction the distinction
 * @param minFiveAtLabels how many 5@ labels, the current one included
 * @param validityYears how many millésimes a grant lasts, the year of grant included
 */
public record DistinctionParameter(Distinction distinction, int minFiveAtLabels, int validityYears) {}
