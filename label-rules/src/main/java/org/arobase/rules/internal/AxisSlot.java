package org.arobase.rules.internal;

/**
 * An axis of the matrix (part of {@link MosaicSlots}).
 *
 * @param code the axis code
 * @param label its label
 */
public record AxisSlot(String code, String label) {}
