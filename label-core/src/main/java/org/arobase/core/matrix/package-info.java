/**
 * The <em>matrice des services</em> of each millésime ({@link org.arobase.core.matrix.ServiceMatrix}):
 * four <em>axes</em> ({@link org.arobase.core.matrix.Axis}), sixteen <em>enjeux</em>
 * ({@link org.arobase.core.matrix.Enjeu}) and their digital services ({@link org.arobase.core.matrix.Service}),
 * bundled or loaded from the TSV format of docs/MATRIX.md, whose errors are
 * {@link org.arobase.core.matrix.MatrixFormatException}s, and the services added, removed or renamed
 * between two versions ({@link org.arobase.core.matrix.MatrixChanges}).
 */
package org.arobase.core.matrix;
