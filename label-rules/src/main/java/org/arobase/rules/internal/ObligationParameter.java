package org.arobase.rules.internal;

import java.time.LocalDate;

/**
 * A legal obligation of DOMAIN §5 (parameter fact).
 *
 * @param code e.g. {@code OPEN_DATA}
 * @param law the law, in French, as it reads after « selon »
 * @param from the first reference date at which it applies
 * @param communePopulationAbove it applies to communes above this population; -1 for all
 * @param intercommunalityPopulationAbove the same for intercommunalités
 * @param agentsAtLeast it applies from this staff on; 0 for any staff
 * @param cap the highest level a collectivité missing it can get
 */
public record ObligationParameter(
    String code, String law, LocalDate from, int communePopulationAbove, int intercommunalityPopulationAbove,
    int agentsAtLeast, int cap) {}
