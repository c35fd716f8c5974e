package org.arobase.core.jury;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arobase.core.Distinction;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;

/**
 * A proposed result for one dossier: the binôme's, brought to the whole jury, or the engine's
 * as the jury saw it. Values are not checked when built; {@link JuryRecords#validate} reports
 * every problem at once.
 *
 * @param arobases the proposed level, 1 to 5
 * @param mentions the codes of the proposed mentions, from the millésime's catalogue
 * @param distinctions the proposed distinctions
 * @param note the binôme's remarks, if any
 */
public record Proposal(int arobases, List<String> mentions, List<Distinction> distinctions, Optional<String> note) {

  /** Copies the lists; {@code null} lists are read as empty and a {@code null} note as none. */
  public Proposal {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    distinctions = distinctions == null ? List.of() : List.copyOf(distinctions);
    note = note == null ? Optional.empty() : note;
  }

  /**
   * @param arobases the level
   * @param mentions mention codes
   * @param distinctions distinctions
   * @return a proposal without note
   */
  public static Proposal of(int arobases, List<String> mentions, List<Distinction> distinctions) {
    return new Proposal(arobases, mentions, distinctions, Optional.empty());
  }

  /**
   * @param decision what the engine computed
   * @return the engine's proposal as the jury sees it: its level, mentions and distinctions
   */
  public static Proposal of(Decision decision) {
    Objects.requireNonNull(decision, "decision");
    return of(decision.arobases(), decision.mentions().stream().map(Mention::code).toList(), decision.distinctions());
  }
}
