package org.arobase.core;

/** What a collectivité is in law: a commune, or an intercommunalité (EPCI). */
public enum CollectivityKind {
  /** A commune, identified by its 5-character INSEE code (e.g. {@code 19015}, {@code 2A004}). */
  COMMUNE,
  /** An intercommunalité (EPCI), identified by its 9-digit SIREN. */
  INTERCOMMUNALITE
}
