package org.arobase.rules.facts;

import java.time.LocalDate;
import java.util.Set;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Obligation;
import org.kie.api.definition.type.ClassReactive;

/**
 * A legal obligation of docs/DOMAIN.md §5 (parameter fact).
 *
 * @param code e.g. {@code OPEN_DATA}
 * @param law the law, in French, as it reads after « selon »
 * @param from the first reference date at which it applies
 * @param communePopulationAbove it applies to communes above this population; -1 for all
 * @param intercommunalityPopulationAbove the same for intercommunalités
 * @param agentsAtLeast it applies from this staff on; 0 for any staff
 * @param cap the highest level a collectivité missing it can get
 * @param kinds the kinds of collectivité it applies to
 */
// Never modified, only inserted: class reactivity is enough and spares warnings on constraints
// that compare it with another fact's values.
@ClassReactive
public record ObligationParameter(
    String code, String law, LocalDate from, int communePopulationAbove, int intercommunalityPopulationAbove,
    int agentsAtLeast, int cap, Set<CollectivityKind> kinds) {

  /** Copies the kinds. */
  public ObligationParameter {
    kinds = Set.copyOf(kinds);
  }

  /**
   * @param o an obligation of the millésime's catalogue
   * @return it as a parameter fact
   */
  public static ObligationParameter of(Obligation o) {
    return new ObligationParameter(o.code(), o.law(), o.from(), o.communePopulationAbove(),
        o.intercommunalityPopulationAbove(), o.agentsAtLeast(), o.cap(), o.kinds());
  }

  /**
   * @param kind the collectivité's kind
   * @return whether it applies to that kind of collectivité
   */
  public boolean coversKind(CollectivityKind kind) {
    return kinds.contains(kind);
  }

  /**
   * @param kind the collectivité's kind
   * @return the population above which it applies to that kind; -1 for all
   */
  public int populationThreshold(CollectivityKind kind) {
    return kind == CollectivityKind.COMMUNE ? communePopulationAbove : intercommunalityPopulationAbove;
  }

  /**
   * @param kind the collectivité's kind
   * @param population its population
   * @return whether it applies to that population
   */
  public boolean coversPopulation(CollectivityKind kind, int population) {
    return populationThreshold(kind) < 0 || population > populationThreshold(kind);
  }

  /**
   * @param agentsDeclared whether the staff is declared
   * @param agents the staff
   * @return whether it applies to that staff: always without a staff threshold, never to an undeclared staff otherwise
   */
  public boolean coversStaff(boolean agentsDeclared, double agents) {
    return agentsAtLeast == 0 || agentsDeclared && agents >= agentsAtLeast;
  }
}
