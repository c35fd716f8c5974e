/**
 * The official geography ({@link org.arobase.core.geo.Geography#official() Geography.official}): communes,
 * <em>intercommunalités</em>, <em>départements</em> and regions with their populations
 * ({@link org.arobase.core.geo.OfficialCollectivity}), the check of a <em>collectivité</em>'s identity
 * against it, the identification of codes and the resolution of names as people write them, within a region
 * or a <em>département</em> ({@link org.arobase.core.geo.Resolution});
 * files and rules in docs/GEOGRAPHY.md.
 */
package org.arobase.core.geo;
