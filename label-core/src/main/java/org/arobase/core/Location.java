package org.arobase.core;

/**
 * A WGS 84 position of an initiative, for the Atlaas map.
 *
 * @param lat latitude in degrees, -90 to 90
 * @param lon longitude in degrees, -180 to 180
 */
public record Location(double lat, double lon) {}
