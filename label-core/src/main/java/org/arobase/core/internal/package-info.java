/**
 * Helpers shared by the packages of label-core and by arobase's other modules: the reader of the
 * TSV data files ({@link org.arobase.core.internal.TsvReader}), the keys names of places are compared by
 * ({@link org.arobase.core.internal.Names}) and the French writing of numbers and percentages
 * ({@link org.arobase.core.internal.French}). <strong>Not API</strong>: public only so that arobase's own
 * packages and modules can share them, they may change or disappear without notice.
 */
package org.arobase.core.internal;
