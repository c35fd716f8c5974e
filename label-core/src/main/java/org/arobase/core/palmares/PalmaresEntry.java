package org.arobase.core.palmares;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.arobase.core.Category;
import org.arobase.core.Distinction;
import org.arobase.core.LabelStyle;
import org.arobase.core.Mention;
import org.immutables.value.Value;

/**
 * One collectivité in a {@link Palmares}: its name as published, its code when it is known,
 * its region and département, its level, its family and what the jury added.
 */
@Value.Immutable
@LabelStyle
public interface PalmaresEntry {

  /** @return the name as published (without the département a list may give in parentheses) or filed */
  String name();

  /** @return the INSEE code or SIREN; empty when the name could not be identified */
  Optional<String> code();

  /** @return the region the entry is published under */
  String region();

  /** @return the département code, when known */
  Optional<String> departement();

  /** @return the level published: the jury's award when there is one, else the computed level */
  int arobases();

  /** @return the level the rating computed, when the entry comes from a decision */
  OptionalInt computedArobases();

  /** @return the family: <em>Villes</em>, <em>Villages</em> or <em>Territoires Internet</em>, when known */
  Optional<Category> category();

  /** @return the population, when known */
  OptionalInt population();

  /** @return the mentions */
  List<Mention> mentions();

  /** @return the distinctions */
  List<Distinction> distinctions();

  /** @return the 1-based line of the published list the entry comes from, when it comes from one */
  OptionalInt line();

  /** Checks the level and the name. */
  @Value.Check
  default void check() {
    if (arobases() < 1 || arobases() > 5) {
      throw new IllegalArgumentException("arobases are 1 to 5, not " + arobases() + " (" + name() + ")");
    }
    computedArobases().ifPresent(level -> {
      if (level < 1 || level > 5) {
        throw new IllegalArgumentException("computed arobases are 1 to 5, not " + level + " (" + name() + ")");
      }
    });
    if (name().isBlank()) {
      throw new IllegalArgumentException("a palmarès entry has a name");
    }
  }

  /** @return a new builder */
  static ImmutablePalmaresEntry.Builder builder() {
    return ImmutablePalmaresEntry.builder();
  }
}
