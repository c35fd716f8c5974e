/**
 * The jury's work on the command line ({@link org.arobase.cli.jury.JuryCli}): {@code arobase jury plan},
 * the plan of the <em>binômes</em> as text or JSON ({@link org.arobase.cli.jury.JuryPlanRenderer}), and
 * {@code arobase jury report}, which reads the jury records ({@link org.arobase.cli.jury.JuryRecordsReader})
 * and tells how far the jury departed from the engine ({@link org.arobase.cli.jury.DepartureRenderer});
 * formats in docs/JURY.md.
 */
package org.arobase.cli.jury;
