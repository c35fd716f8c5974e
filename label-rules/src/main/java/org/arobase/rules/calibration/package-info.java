/**
 * Calibration of the level criteria on the levels a jury awarded, and the audit of the awards'
 * inversions (docs/CALIBRATION.md). Start with {@link org.arobase.rules.calibration.Calibration#builder()}.
 */
package org.arobase.rules.calibration;
