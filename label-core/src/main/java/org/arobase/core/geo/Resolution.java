package org.arobase.core.geo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a name resolves to in the official geography ({@link Geography#resolve}): one
 * collectivité, several (never guessed between), or none.
 *
 * @param query the name as given
 * @param status resolved, ambiguous or unresolved
 * @param candidates the one collectivité when resolved; every candidate when ambiguous, closest
 *     first; empty when unresolved
 * @param note how the name was matched or why it was not, for people
 */
public record Resolution(String query, Status status, List<OfficialCollectivity> candidates, String note) {

  /** The outcome of a resolution. */
  public enum Status {
    /** Exactly one collectivité matches. */
    RESOLVED,
    /** Several collectivités match equally well; none is chosen. */
    AMBIGUOUS,
    /** No collectivité matches. */
    UNRESOLVED
  }

  /** Checks that every part is present and that the candidates fit the status. */
  public Resolution {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(note, "note");
    candidates = List.copyOf(candidates);
    int expected = switch (status) {
      case RESOLVED -> 1;
      case UNRESOLVED -> 0;
      case AMBIGUOUS -> -1;
    };
    if (expected >= 0 ? candidates.size() != expected : candidates.size() < 2) {
      throw new IllegalArgumentException(status + " with " + candidates.size() + " candidates");
    }
  }

  /** @return the collectivité, when resolved */
  public Optional<OfficialCollectivity> match() {
    return status == Status.RESOLVED ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  /** @return the codes of the candidates, in order */
  public List<String> candidateCodes() {
    return candidates.stream().map(OfficialCollectivity::code).toList();
  }
}
