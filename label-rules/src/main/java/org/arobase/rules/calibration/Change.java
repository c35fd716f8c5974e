package org.arobase.rules.calibration;

/**
 * A parameter the calibration changed.
 *
 * @param key its key, e.g. {@code level.4.VILLE.minScore}
 * @param before its value in the base parameters, as written there
 * @param after its calibrated value, as written in the calibrated file
 */
public record Change(String key, String before, String after) {}
