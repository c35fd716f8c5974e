package org.arobase.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.arobase.core.Dossier;
import org.arobase.core.ImmutableDossier;
import org.arobase.core.ImmutableInitiative;
import org.arobase.core.Initiative;
import org.arobase.core.validation.DossierValidator;

/**
 * Runs a property over generated dossiers. The first failure is shrunk to a smaller valid
 * dossier that still fails, and reported with the property's name and the seed that
 * reproduces it ({@code generator.dossier(seed)}).
 */
public final class DossierProperty {

  /** Bounds the work of shrinking, whatever the property costs. */
  private static final int MAX_SHRINK_STEPS = 2_000;

  private DossierProperty() {}

  /**
   * @param name the property's name, for the report
   * @param tries how many dossiers to check (seeds {@code baseSeed} to {@code baseSeed + tries - 1})
   * @param baseSeed the first seed
   * @param generator the generator of dossiers
   * @param property throws (an {@link AssertionError} or any exception) when it does not hold
   * @throws AssertionError naming the seed and showing the shrunk dossier, on the first failure
   */
  public static void forAll(
      String name, int tries, long baseSeed, DossierGenerator generator, Consumer<Dossier> property) {
    for (long seed = baseSeed; seed < baseSeed + tries; seed++) {
      Dossier dossier = generator.dossier(seed);
      Throwable failure = failure(property, dossier);
      if (failure != null) {
        Dossier shrunk = shrink(dossier, property);
        Throwable shrunkFailure = failure(property, shrunk);
        AssertionError error = new AssertionError("property '" + name + "' fails for seed " + seed
            + " (generator.dossier(" + seed + "L) reproduces it); shrunk from "
            + dossier.initiatives().size() + " to " + shrunk.initiatives().size() + " initiative(s): "
            + (shrunkFailure == null ? failure : shrunkFailure).getMessage()
            + "\nshrunk dossier:\n" + describe(shrunk), failure);
        throw error;
      }
    }
  }

  /**
   * Runs a property that needs the seed itself (for example to generate several values).
   *
   * @param name the property's name, for the report
   * @param tries how many seeds to check
   * @param baseSeed the first seed
   * @param property throws when it does not hold
   * @throws AssertionError naming the seed, on the first failure
   */
  public static void forAllSeeds(String name, int tries, long baseSeed, LongConsumer property) {
    for (long seed = baseSeed; seed < baseSeed + tries; seed++) {
      try {
        property.accept(seed);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("property '" + name + "' fails for seed " + seed + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Shrinks a failing dossier greedily: drops initiatives, earlier labels, extra services and
   * optional fields while the dossier stays valid and the property still fails.
   *
   * @param dossier a dossier on which the property fails
   * @param property the property
   * @return a dossier no larger than the given one on which the property still fails
   */
  public static Dossier shrink(Dossier dossier, Consumer<Dossier> property) {
    Dossier current = dossier;
    int steps = 0;
    boolean progress = true;
    while (progress && steps < MAX_SHRINK_STEPS) {
      progress = false;
      for (Dossier candidate : candidates(current)) {
        if (++steps > MAX_SHRINK_STEPS) {
          break;
        }
        if (DossierValidator.standard().validate(candidate).isValid() && failure(property, candidate) != null) {
          current = candidate;
          progress = true;
          break;
        }
      }
    }
    return current;
  }

  private static Throwable failure(Consumer<Dossier> property, Dossier dossier) {
    try {
      property.accept(dossier);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  /** Smaller variants of a dossier, biggest cuts first. */
  private static List<Dossier> candidates(Dossier dossier) {
    List<Dossier> out = new ArrayList<>();
    List<Initiative> initiatives = dossier.initiatives();
    int n = initiatives.size();
    if (n > 1) {
      out.add(ImmutableDossier.copyOf(dossier).withInitiatives(initiatives.subList(0, n / 2)));
      out.add(ImmutableDossier.copyOf(dossier).withInitiatives(initiatives.subList(n / 2, n)));
      for (int i = 0; i < n; i++) {
        List<Initiative> fewer = new ArrayList<>(initiatives);
        fewer.remove(i);
        out.add(ImmutableDossier.copyOf(dossier).withInitiatives(fewer));
      }
    }
    if (!dossier.history().isEmpty()) {
      out.add(ImmutableDossier.copyOf(dossier).withHistory(List.of()));
      for (int i = 0; i < dossier.history().size(); i++) {
        var fewer = new ArrayList<>(dossier.history());
        fewer.remove(i);
        out.add(ImmutableDossier.copyOf(dossier).withHistory(fewer));
      }
    }
    for (int i = 0; i < n; i++) {
      Initiative initiative = initiatives.get(i);
      List<Initiative> simpler = new ArrayList<>(initiatives);
      ImmutableInitiative copy = ImmutableInitiative.copyOf(initiative);
      if (initiative.services().size() > 1) {
        simpler.set(i, copy.withServices(initiative.services().get(0)));
        out.add(ImmutableDossier.copyOf(dossier).withInitiatives(List.copyOf(simpler)));
      }
      if (initiative.location().isPresent() || !initiative.links().isEmpty() || !initiative.tags().isEmpty()
          || initiative.summary().isPresent()) {
        simpler.set(i, copy.withLocation(java.util.Optional.empty()).withLinks().withTags()
            .withSummary(java.util.Optional.empty()));
        out.add(ImmutableDossier.copyOf(dossier).withInitiatives(List.copyOf(simpler)));
      }
    }
    return out;
  }

  /**
   * @param dossier a dossier
   * @return a compact multi-line description, one line per initiative
   */
  public static String describe(Dossier dossier) {
    StringBuilder sb = new StringBuilder();
    var c = dossier.collectivity();
    sb.append("  edition ").append(dossier.edition()).append(", ").append(c.kind()).append(' ').append(c.code())
        .append(" « ").append(c.name()).append(" », population ").append(c.population());
    c.agents().ifPresent(a -> sb.append(", agents ").append(a));
    c.category().ifPresent(cat -> sb.append(", declared ").append(cat));
    sb.append('\n').append("  compliance ").append(dossier.compliance()).append('\n');
    dossier.history().forEach(h -> sb.append("  history ").append(h.edition()).append(' ').append(h.arobases())
        .append('@').append(h.distinctions().isEmpty() ? "" : " " + h.distinctions()).append('\n'));
    dossier.initiatives().forEach(i -> sb.append("  initiative ").append(i.id()).append(' ').append(i.services())
        .append(' ').append(i.startedOn()).append("..").append(i.endedOn().map(Object::toString).orElse(""))
        .append(' ').append(i.operator()).append('\n'));
    return sb.toString();
  }
}
