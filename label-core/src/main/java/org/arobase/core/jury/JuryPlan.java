package org.arobase.core.jury;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who studies what: every dossier goes to exactly one binôme, no juror studies a dossier they
 * conflict with, and the binômes' workloads stay within one dossier of each other: the spread
 * {@link #maxInitiatives()} − {@link #minInitiatives()} is at most {@link #bound()}, the
 * initiatives of the largest single dossier.
 *
 * @param assignments one per binôme, binômes in the order of their first juror in the jury list
 * @param unpaired the juror left out of the binômes when the jury has an odd number of members
 *     (a reserve, free to join the debate); empty otherwise
 * @param seed the seed the plan was drawn with
 */
public record JuryPlan(List<Assignment> assignments, Optional<Juror> unpaired, long seed) {

  /** Copies the list and checks that the parts are present. */
  public JuryPlan {
    assignments = List.copyOf(assignments);
    Objects.requireNonNull(unpaired, "unpaired");
  }

  /** @return the binômes, in plan order */
  public List<Binome> binomes() {
    return assignments.stream().map(Assignment::binome).toList();
  }

  /** @return the smallest workload of a binôme, in initiatives; 0 when there is no binôme */
  public int minInitiatives() {
    return assignments.stream().mapToInt(Assignment::initiatives).min().orElse(0);
  }

  /** @return the largest workload of a binôme, in initiatives; 0 when there is no binôme */
  public int maxInitiatives() {
    return assignments.stream().mapToInt(Assignment::initiatives).max().orElse(0);
  }

  /** @return the spread of the workloads, {@code max − min} */
  public int spread() {
    return maxInitiatives() - minInitiatives();
  }

  /** @return the most the spread may be: the initiatives of the largest single dossier (0 with no dossier) */
  public int bound() {
    return assignments.stream().flatMap(a -> a.dossiers().stream())
        .mapToInt(PlannedDossier::initiatives).max().orElse(0);
  }

  /** @return the number of dossiers planned */
  public int dossierCount() {
    return assignments.stream().mapToInt(a -> a.dossiers().size()).sum();
  }

  /**
   * @param key a dossier's key
   * @return the binôme that studies it
   */
  public Optional<Binome> binomeOf(String key) {
    return assignments.stream()
        .filter(a -> a.dossiers().stream().anyMatch(d -> d.key().equals(key)))
        .map(Assignment::binome)
        .findFirst();
  }
}
