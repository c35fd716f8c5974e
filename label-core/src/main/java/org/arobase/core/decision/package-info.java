/**
 * The result of rating one <em>dossier</em> ({@link org.arobase.core.decision.Decision}): the arobases,
 * <em>mentions</em> and <em>distinctions</em> proposed to the jury, the <em>mosaïque</em> of the enjeux
 * ({@link org.arobase.core.decision.Mosaic}), the {@link org.arobase.core.decision.Reason}s behind each
 * conclusion, what the level above lacks ({@link org.arobase.core.decision.NextLevel}) and what produced
 * the decision ({@link org.arobase.core.decision.Provenance}). The rating itself is done by label-rules.
 */
package org.arobase.core.decision;
