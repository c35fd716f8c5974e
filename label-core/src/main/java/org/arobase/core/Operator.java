package org.arobase.core;

/**
 * Who runs an initiative. The label counts services run by the collectivité itself, by an
 * association funded with public money, by a <em>délégataire</em> or by a
 * <em>prestataire</em> (docs/DOMAIN.md §1.5, Weka 2017); anything else is recorded but not counted.
 */
public enum Operator {
  /** The collectivité's own services (<em>en régie</em>). */
  COLLECTIVITY,
  /** An association of the territory funded with public money. */
  FUNDED_ASSOCIATION,
  /** A <em>délégataire</em> of a public service. */
  DELEGATE,
  /** A <em>prestataire</em> under a public contract. */
  CONTRACTOR,
  /** Anyone else (a private initiative, another collectivité): kept, never counted. */
  OTHER;

  /** @return whether initiatives run by this operator count for the label */
  public boolean countsForLabel() {
    return this != OTHER;
  }
}
