package org.arobase.core.matrix;

/**
 * One of the four <em>axes</em> of public policy of the matrix.
 *
 * @param code stable code, e.g. {@code DSP}
 * @param label French label, e.g. « Démocratie et services publics »
 * @param reconstructed whether the entry is a reconstruction rather than a published name
 */
public record Axis(String code, String label, boolean reconstructed) {}
