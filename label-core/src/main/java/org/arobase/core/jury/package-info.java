/**
 * The jury's workflow: jurors and their declared conflicts of interest, the plan that gives
 * every dossier to one <em>binôme</em>, the record of each binôme's proposal and of the
 * consensus award, the report of how far the jury departed from the engine, and the
 * precedence of the award over the engine's proposal.
 *
 * <p>Entry points: {@link org.arobase.core.jury.JuryPlanner#plan JuryPlanner.plan},
 * {@link org.arobase.core.jury.JuryRecords#validate JuryRecords.validate},
 * {@link org.arobase.core.jury.DepartureReport#of DepartureReport.of} and
 * {@link org.arobase.core.jury.Awards#effective Awards.effective}.
 */
package org.arobase.core.jury;
