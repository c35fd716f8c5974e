/**
 * The label's model: the service matrix of each millésime ({@link org.arobase.core.matrix.ServiceMatrix}),
 * the dossier types ({@link org.arobase.core.Dossier}, {@link org.arobase.core.Collectivity},
 * {@link org.arobase.core.Initiative}, {@link org.arobase.core.Edition}), their validation
 * ({@link org.arobase.core.validation.DossierValidator}), the shared definitions of category and eligibility,
 * the official geography, the palmarès and key figures, and the result of a rating
 * ({@link org.arobase.core.decision.Decision}). Value types are immutable and safe to share between threads.
 */
package org.arobase.core;
