package org.arobase.core.matrix;

/**
 * One of the sixteen <em>enjeux</em> of local development; belongs to one axis.
 *
 * @param code stable two-letter code, e.g. {@code DL}
 * @param label French label, e.g. « Démocratie locale »
 * @param axis the code of its axis
 * @param reconstructed whether the name is a reconstruction rather than a published name
 */
public record Enjeu(String code, String label, String axis, boolean reconstructed) {}
