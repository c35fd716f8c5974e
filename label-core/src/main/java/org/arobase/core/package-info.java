/**
 * The nouns of the label, shared by every module: a <em>dossier</em> ({@link org.arobase.core.Dossier}) is
 * one <em>collectivité</em>'s ({@link org.arobase.core.Collectivity}) participation in one
 * <em>millésime</em> ({@link org.arobase.core.Edition}), with its <em>fiches d'initiatives</em>
 * ({@link org.arobase.core.Initiative}), in one <em>catégorie</em> ({@link org.arobase.core.Category}), and
 * may earn <em>mentions</em> ({@link org.arobase.core.Mention}) and <em>distinctions</em>
 * ({@link org.arobase.core.Distinction}). What is done with them lives in the sub-packages: the matrix
 * ({@link org.arobase.core.matrix.ServiceMatrix}), eligibility, validation
 * ({@link org.arobase.core.validation.DossierValidator}), the result of a rating
 * ({@link org.arobase.core.decision.Decision}), the official geography
 * ({@link org.arobase.core.geo.Geography}), the <em>palmarès</em> ({@link org.arobase.core.palmares.Palmares})
 * and the jury ({@link org.arobase.core.jury.JuryPlanner}). Value types are immutable and safe to share
 * between threads.
 */
package org.arobase.core;
