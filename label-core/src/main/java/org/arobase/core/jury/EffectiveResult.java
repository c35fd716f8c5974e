package org.arobase.core.jury;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arobase.core.Distinction;
import org.arobase.core.Mention;
import org.arobase.core.decision.RatedCollectivity;

/**
 * The result that counts for one dossier: the jury's award where one exists, the engine's
 * proposal otherwise. Palmarès and key figures use it.
 *
 * @param edition the millésime
 * @param collectivity the collectivité and the category it was rated in
 * @param arobases the level, 1 to 5
 * @param mentions the mentions, in the millésime's catalogue order
 * @param distinctions the distinctions
 * @param awarded whether the jury's award gives it ({@code false}: the engine's proposal)
 * @param justification the jury's justification, when awarded with one
 */
public record EffectiveResult(
    int edition,
    RatedCollectivity collectivity,
    int arobases,
    List<Mention> mentions,
    List<Distinction> distinctions,
    boolean awarded,
    Optional<String> justification) {

  /** Checks that every part is present and copies the lists. */
  public EffectiveResult {
    Objects.requireNonNull(collectivity, "collectivity");
    mentions = List.copyOf(mentions);
    distinctions = List.copyOf(distinctions);
    Objects.requireNonNull(justification, "justification");
  }
}
