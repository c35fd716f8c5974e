/**
 * The jury's workflow (docs/JURY.md): <em>jurés</em> and their declared conflicts of interest
 * ({@link org.arobase.core.jury.Juror}, {@link org.arobase.core.jury.Conflicts}), the plan that gives every
 * dossier to one <em>binôme</em> ({@link org.arobase.core.jury.JuryPlanner#plan JuryPlanner.plan}), the
 * record of each binôme's proposal and of the consensus award
 * ({@link org.arobase.core.jury.JuryRecords#validate JuryRecords.validate}), the report of how far the jury
 * departed from the engine ({@link org.arobase.core.jury.DepartureReport#of DepartureReport.of}) and the
 * precedence of the award over the engine's proposal
 * ({@link org.arobase.core.jury.Awards#effective Awards.effective}).
 */
package org.arobase.core.jury;
