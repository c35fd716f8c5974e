package org.arobase.core.jury;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.RatedCollectivity;

/**
 * The jury's record for one dossier: the binôme who studied it and its proposal, the engine's
 * proposal as the jury saw it, and the award adopted by consensus. The record is kept apart
 * from the engine's {@link Decision}: the decision is a proposal, the award is the jury's.
 * Values are not checked when built; {@link JuryRecords#validate} reports every problem.
 *
 * @param edition the millésime
 * @param collectivity the collectivité, with the category it was rated in
 * @param engine the engine's proposal, when it was computed
 * @param jurors the ids of the binôme's two jurors
 * @param proposal the binôme's proposal, if it made one
 * @param award the consensus award
 */
public record JuryRecord(
    int edition,
    RatedCollectivity collectivity,
    Optional<Proposal> engine,
    List<String> jurors,
    Optional<Proposal> proposal,
    Award award) {

  /** The format identifier of jury records in JSON. */
  public static final String FORMAT = "arobase/jury-record@1";

  /** Checks that the collectivité and the award are present; copies the list. */
  public JuryRecord {
    Objects.requireNonNull(collectivity, "collectivity");
    Objects.requireNonNull(award, "award");
    engine = engine == null ? Optional.empty() : engine;
    jurors = jurors == null ? List.of() : List.copyOf(jurors);
    proposal = proposal == null ? Optional.empty() : proposal;
  }

  /**
   * @param decision the engine's decision on the dossier
   * @param binome the binôme who studied it
   * @param proposal the binôme's proposal
   * @param award the consensus award
   * @return the record, with the engine's proposal taken from the decision
   */
  public static JuryRecord of(Decision decision, Binome binome, Proposal proposal, Award award) {
    return new JuryRecord(decision.edition(), decision.collectivity(), Optional.of(Proposal.of(decision)),
        binome.ids(), Optional.of(proposal), award);
  }

  /**
   * @return the award's arobases minus the engine's, when the engine's proposal is known
   *     (positive when the jury awarded more)
   */
  public Optional<Integer> difference() {
    return engine.map(e -> award.arobases() - e.arobases());
  }
}
