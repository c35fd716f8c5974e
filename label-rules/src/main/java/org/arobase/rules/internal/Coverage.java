package org.arobase.rules.internal;

/**
 * An eligible initiative covering one applicable service (fact inserted by the mosaïque rules).
 *
 * @param enjeu the service's enjeu
 * @param service the service code
 * @param initiativeId the initiative's id
 */
public record Coverage(String enjeu, String service, String initiativeId) {}
