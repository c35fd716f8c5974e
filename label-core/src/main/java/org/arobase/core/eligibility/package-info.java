/**
 * Whether an <em>initiative</em> counts for a <em>millésime</em>
 * ({@link org.arobase.core.eligibility.Eligibility#judge Eligibility.judge}): who runs it, when it started
 * and ended, and whether one of its services applies to the dossier's <em>catégorie</em>; the answer is an
 * {@link org.arobase.core.eligibility.EligibilityVerdict}, with an
 * {@link org.arobase.core.eligibility.IneligibilityReason} when the initiative does not count.
 */
package org.arobase.core.eligibility;
