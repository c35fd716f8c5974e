package org.arobase.core.decision;

import org.arobase.core.Category;

/**
 * The collectivité a decision is about, with the category it was rated in.
 *
 * @param code INSEE code or SIREN
 * @param name its name
 * @param category the category used for the rating
 */
public record RatedCollectivity(String code, String name, Category category) {}
