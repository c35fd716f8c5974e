package org.arobase.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A legal obligation of a collectivité's digital policy (docs/DOMAIN.md §5, §9.4), as the
 * catalogue of obligations lists it: its law, the date it takes effect, who it applies to, and
 * the ceiling on the level when a collectivité to which it applies does not declare it met.
 * Using a missing obligation as a ceiling is the project's <em>reconstructed</em> method: no
 * source states it as a jury criterion.
 *
 * @param code the stable code a dossier declares, e.g. {@code OPEN_DATA}
 * @param law the law, in French, as it reads after « fixée par »
 * @param from the first reference date at which it applies
 * @param kinds the kinds of collectivité it applies to
 * @param communePopulationAbove it applies to communes above this population; -1 for all
 * @param intercommunalityPopulationAbove the same for intercommunalités
 * @param agentsAtLeast it applies from this staff on (full-time equivalents); 0 for any staff
 * @param cap the highest level a collectivité missing it can get, 1 to 5
 * @param source where the facts come from (docs/DOMAIN.md keys)
 */
public record Obligation(
    String code, String law, LocalDate from, Set<CollectivityKind> kinds, int communePopulationAbove,
    int intercommunalityPopulationAbove, int agentsAtLeast, int cap, String source) {

  /** Checks every part and copies the kinds. */
  public Obligation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(law, "law");
    Objects.requireNonNull(from, "from");
    kinds = Set.copyOf(kinds);
    Objects.requireNonNull(source, "source");
    if (cap < 1 || cap > 5) {
      throw new IllegalArgumentException("the cap of " + code + " is " + cap + ", not 1 to 5");
    }
  }
}
