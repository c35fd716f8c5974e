/**
 * The checks of a <em>dossier</em> before it is rated
 * ({@link org.arobase.core.validation.DossierValidator}), which report every problem at once in a
 * {@link org.arobase.core.validation.ValidationReport} of {@link org.arobase.core.validation.Violation}s
 * with the stable codes of {@link org.arobase.core.validation.ViolationCodes} (docs/VALIDATION.md);
 * further checks, such as the identity of the <em>collectivité</em> in the official geography, plug in
 * as {@link org.arobase.core.validation.DossierCheck}s.
 */
package org.arobase.core.validation;
