/**
 * Seeded generators of valid dossiers and a small property runner that reports the seed of
 * every failure and shrinks the failing dossier, for property tests on the rating's
 * invariants. Plain JUnit (or any test framework) calls them; they need nothing else.
 *
 * <pre>{@code
 * DossierGenerator generator = DossierGenerator.forEdition(2022);
 * DossierProperty.forAll("level in 1..5", 1_000, 42L, generator,
 *     dossier -> assertTrue(engine.evaluate(dossier).arobases() >= 1));
 * }</pre>
 */
package org.arobase.testing;
