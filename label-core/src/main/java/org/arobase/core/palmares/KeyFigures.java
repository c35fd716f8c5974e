package org.arobase.core.palmares;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.arobase.core.Category;
import org.arobase.core.Collectivity;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;
import org.arobase.core.geo.Geography;
import org.arobase.core.internal.Names;

/**
 * The key figures (<em>chiffres clés</em>) of a millésime, computed from its valid dossiers
 * and their levels: dossiers by kind, initiatives, inhabitants, regions, distribution by
 * arobases, mentions and growth against the previous millésime. See docs/PALMARES.md.
 *
 * <pre>{@code
 * KeyFigures figures = KeyFigures.builder(2022).add(dossier, decision).previousDossiers(219).build();
 * figures.growth().get().percent();  // 16.0 with 254 dossiers
 * }</pre>
 */
public final class KeyFigures {

  /**
   * Growth of the number of dossiers against the previous millésime.
   *
   * @param previousDossiers the previous millésime's dossiers
   * @param dossiers this millésime's dossiers
   * @param percent the change in percent, rounded half up to one decimal
   */
  public record Growth(int previousDossiers, int dossiers, double percent) {
    /**
     * @param previousDossiers the previous millésime's dossiers, at least 1
     * @param dossiers this millésime's dossiers
     * @return the growth
     * @throws IllegalArgumentException if there were no previous dossiers
     */
    public static Growth of(int previousDossiers, int dossiers) {
      if (previousDossiers < 1 || dossiers < 0) {
        throw new IllegalArgumentException("growth needs at least one previous dossier, not " + previousDossiers);
      }
      double percent = Math.round((dossiers - previousDossiers) * 1000.0 / previousDossiers) / 10.0;
      return new Growth(previousDossiers, dossiers, percent);
    }
  }

  private final int edition;
  private final int dossiers;
  private final Map<String, Integer> byKind;
  private final long initiatives;
  private final long inhabitants;
  private final int regions;
  private final SortedMap<Integer, Integer> byArobases;
  private final Map<String, Integer> mentions;
  private final Optional<Growth> growth;

  private KeyFigures(Builder b) {
    this.edition = b.edition;
    this.dossiers = b.dossiers;
    this.byKind = Collections.unmodifiableMap(new LinkedHashMap<>(b.byKind));
    this.initiatives = b.initiatives;
    this.inhabitants = b.inhabitants;
    this.regions = b.regions.size();
    this.byArobases = Collections.unmodifiableSortedMap(new TreeMap<>(b.byArobases));
    this.mentions = Collections.unmodifiableMap(new LinkedHashMap<>(b.mentions));
    this.growth = b.previousDossiers > 0 ? Optional.of(Growth.of(b.previousDossiers, b.dossiers)) : Optional.empty();
  }

  /**
   * @param edition the millésime
   * @return a builder; its village threshold is the millésime's when arobase knows it, else 3,500
   */
  public static Builder builder(int edition) {
    return new Builder(edition);
  }

  /** @return the millésime */
  public int edition() {
    return edition;
  }

  /** @return how many dossiers */
  public int dossiers() {
    return dossiers;
  }

  /** @return dossiers by kind, keys {@code INTERCOMMUNALITE}, {@code VILLAGE}, {@code VILLE} in that order */
  public Map<String, Integer> byKind() {
    return byKind;
  }

  /** @return how many initiatives the dossiers hold */
  public long initiatives() {
    return initiatives;
  }

  /** @return the sum of the dossiers' populations */
  public long inhabitants() {
    return inhabitants;
  }

  /** @return how many distinct regions the dossiers come from */
  public int regions() {
    return regions;
  }

  /** @return how many dossiers have each level, for every level from 1 to 5 */
  public SortedMap<Integer, Integer> byArobases() {
    return byArobases;
  }

  /** @return how many dossiers have each mention, by mention code: the millésime's catalogue first, in order */
  public Map<String, Integer> mentions() {
    return mentions;
  }

  /** @return the growth against the previous millésime, when its number of dossiers was given */
  public Optional<Growth> growth() {
    return growth;
  }

  /** Collects the dossiers of a {@link KeyFigures}. Not thread-safe. */
  public static final class Builder {
    private final int edition;
    private int villagePopulationThreshold;
    private int dossiers;
    private final Map<String, Integer> byKind = new LinkedHashMap<>();
    private long initiatives;
    private long inhabitants;
    private final Set<String> regions = new HashSet<>();
    private final Map<Integer, Integer> byArobases = new TreeMap<>();
    private final Map<String, Integer> mentions = new LinkedHashMap<>();
    private int previousDossiers;
    private Supplier<Geography> geography = Geography::official;

    private Builder(int edition) {
      this.edition = edition;
      Optional<Edition> known = Edition.find(edition);
      this.villagePopulationThreshold = known.map(Edition::villagePopulationThreshold).orElse(3_500);
      for (String kind : new String[] {"INTERCOMMUNALITE", "VILLAGE", "VILLE"}) {
        byKind.put(kind, 0);
      }
      for (int level = 1; level <= 5; level++) {
        byArobases.put(level, 0);
      }
      known.ifPresent(e -> e.mentions().forEach(m -> mentions.put(m.code(), 0)));
    }

    /**
     * @param threshold the first population that makes a commune without a declared track a ville
     * @return this builder
     */
    public Builder villagePopulationThreshold(int threshold) {
      this.villagePopulationThreshold = threshold;
      return this;
    }

    /**
     * @param geography the geography that gives the region of a dossier that leaves it out
     *     (the official one by default)
     * @return this builder
     */
    public Builder geography(Geography geography) {
      Objects.requireNonNull(geography, "geography");
      this.geography = () -> geography;
      return this;
    }

    /**
     * Counts a valid dossier at its decision's level, category and mentions.
     *
     * @param dossier a valid dossier
     * @param decision its decision
     * @return this builder
     */
    public Builder add(Dossier dossier, Decision decision) {
      return count(dossier, decision.collectivity().category(), decision.arobases(),
          decision.mentions().stream().map(Mention::code).toList());
    }

    /**
     * Counts a valid dossier at a given level (for example the jury's award), its category
     * derived from its collectivité.
     *
     * @param dossier a valid dossier
     * @param arobases its level, 1 to 5
     * @param mentionCodes the codes of its mentions
     * @return this builder
     * @throws IllegalArgumentException if the level is not 1 to 5
     */
    public Builder add(Dossier dossier, int arobases, Collection<String> mentionCodes) {
      return count(dossier, Category.of(dossier.collectivity(), villagePopulationThreshold), arobases, mentionCodes);
    }

    /**
     * @param previous how many dossiers the previous millésime had; 0 (the default) for no growth
     * @return this builder
     */
    public Builder previousDossiers(int previous) {
      if (previous < 0) {
        throw new IllegalArgumentException("a number of dossiers is not negative: " + previous);
      }
      this.previousDossiers = previous;
      return this;
    }

    private Builder count(Dossier dossier, Category category, int arobases, Collection<String> mentionCodes) {
      if (arobases < 1 || arobases > 5) {
        throw new IllegalArgumentException("arobases are 1 to 5, not " + arobases);
      }
      Collectivity c = dossier.collectivity();
      dossiers++;
      byKind.merge(category == Category.TERRITOIRE ? "INTERCOMMUNALITE" : category.name(), 1, Integer::sum);
      initiatives += dossier.initiatives().size();
      inhabitants += Math.max(0, c.population());
      Optional<String> region = c.region().or(() -> geography.get().complete(c).region());
      region.ifPresent(r -> regions.add(Names.key(r)));
      byArobases.merge(arobases, 1, Integer::sum);
      mentionCodes.forEach(m -> mentions.merge(m, 1, Integer::sum));
      return this;
    }

    /** @return the key figures */
    public KeyFigures build() {
      return new KeyFigures(this);
    }
  }
}
