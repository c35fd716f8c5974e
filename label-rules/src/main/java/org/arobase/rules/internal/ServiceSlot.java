package org.arobase.rules.internal;

/**
 * A service of the matrix that the dossier's category can run (input fact).
 *
 * @param code the service code
 * @param enjeu its enjeu's code
 */
public record ServiceSlot(String code, String enjeu) {}
