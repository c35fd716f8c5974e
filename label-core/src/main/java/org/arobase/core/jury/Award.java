package org.arobase.core.jury;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.arobase.core.Distinction;

/**
 * What the jury adopts by consensus for one dossier. Values are not checked when built;
 * {@link JuryRecords#validate} reports every problem at once.
 *
 * @param arobases the awarded level, 1 to 5
 * @param mentions the codes of the awarded mentions, from the millésime's catalogue
 * @param distinctions the distinctions granted
 * @param justification why, in French; required when the award departs from the engine by 2 @ or more
 */
public record Award(int arobases, List<String> mentions, List<Distinction> distinctions, String justification) {

  /** Copies the lists; {@code null} lists are read as empty and a {@code null} justification as empty. */
  public Award {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    distinctions = distinctions == null ? List.of() : List.copyOf(distinctions);
    justification = justification == null ? "" : justification;
  }

  /**
   * @param arobases the level
   * @param justification why
   * @return an award of that level with no mention and no distinction
   */
  public static Award of(int arobases, String justification) {
    return new Award(arobases, List.of(), List.of(), justification);
  }

  /**
   * @param other another proposal
   * @return whether this award grants exactly the level, mentions and distinctions proposed,
   *     in any order
   */
  public boolean matches(Proposal other) {
    Objects.requireNonNull(other, "other");
    return arobases == other.arobases()
        && new HashSet<>(mentions).equals(new HashSet<>(other.mentions()))
        && new HashSet<>(distinctions).equals(new HashSet<>(other.distinctions()));
  }
}
