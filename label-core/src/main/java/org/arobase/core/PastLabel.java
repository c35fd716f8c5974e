package org.arobase.core;

import java.util.List;
import org.immutables.value.Value;

/** A label the collectivité obtained in an earlier millésime (any year from 2000 on). */
@Value.Immutable
@LabelStyle
public interface PastLabel {

  /** @return the millésime, the year on the panneau */
  int edition();

  /** @return the arobases awarded, 1 to 5 */
  int arobases();

  /** @return the distinctions granted that year */
  List<Distinction> distinctions();

  /** @return a new builder */
  static ImmutablePastLabel.Builder builder() {
    return ImmutablePastLabel.builder();
  }

  /**
   * @param edition the millésime
   * @param arobases the level awarded
   * @return a past label without distinction
   */
  static PastLabel of(int edition, int arobases) {
    return builder().edition(edition).arobases(arobases).build();
  }
}
