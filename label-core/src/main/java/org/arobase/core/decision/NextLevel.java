package org.arobase.core.decision;

import java.util.List;

/**
 * What a collectivité lacks for the level above the one proposed.
 *
 * @param arobases the next level, 2 to 5
 * @param missing the criteria of that level that fail, each with the values compared
 * @param uncoveredEnjeux the codes of the enjeux with no covered service
 */
public record NextLevel(int arobases, List<Reason> missing, List<String> uncoveredEnjeux) {

  /** Copies the lists. */
  public NextLevel {
    missing = List.copyOf(missing);
    uncoveredEnjeux = List.copyOf(uncoveredEnjeux);
  }
}
