package org.arobase.core.palmares;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.arobase.core.LabelData;
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

  /**
   * A figure the association or the press published for the millésime, beside the one computed
   * from the dossiers at hand.
   *
   * @param figure the figure's name in the data ({@code participants}, {@code villes}, {@code arobases.5}…)
   * @param computed the value computed from the dossiers
   * @param published the published value
   * @param source where it was published
   */
  public record Comparison(String figure, long computed, long published, String source) {
    /** @return computed minus published */
    public long difference() {
      return computed - published;
    }
  }

  /**
   * The growth of the published participation from one millésime to the next.
   *
   * @param year the millésime
   * @param participants its published participants
   * @param previousParticipants those of the millésime before
   * @param percent the change in percent, rounded half up to one decimal
   */
  public record YearOnYear(int year, long participants, long previousParticipants, double percent) {}

  private final int edition;
  private final int dossiers;
  private final Map<String, Integer> byKind;
  private final long initiatives;
  private final long inhabitants;
  private final int regions;
  private final SortedMap<Integer, Integer> byArobases;
  private final Map<String, Integer> mentions;
  private final Optional<Growth> growth;
  private final List<Comparison> published;
  private final List<YearOnYear> publishedGrowth;

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
    this.published = b.data == null ? List.of() : compare(b.data.published(edition));
    this.publishedGrowth = b.data == null ? List.of() : yearOnYear(b.data);
  }

  /** The published figures that the dossiers also give, in the order of the data. */
  private List<Comparison> compare(Map<String, LabelData.PublishedFigure> figures) {
    List<Comparison> out = new ArrayList<>();
    for (LabelData.PublishedFigure p : figures.values()) {
      computed(p.figure()).ifPresent(c -> out.add(new Comparison(p.figure(), c, p.value(), p.source())));
    }
    return List.copyOf(out);
  }

  private Optional<Long> computed(String figure) {
    return switch (figure) {
      case "participants" -> Optional.of((long) dossiers);
      case "villes" -> Optional.of((long) byKind.getOrDefault("VILLE", 0));
      case "villages" -> Optional.of((long) byKind.getOrDefault("VILLAGE", 0));
      case "territoires" -> Optional.of((long) byKind.getOrDefault("INTERCOMMUNALITE", 0));
      case "regions" -> Optional.of((long) regions);
      case "inhabitants" -> Optional.of(inhabitants);
      case "mentions" -> Optional.of(mentions.values().stream().mapToLong(Integer::longValue).sum());
      default -> {
        if (figure.startsWith("arobases.") && figure.length() == 10 && figure.charAt(9) >= '1' && figure.charAt(9) <= '5') {
          yield Optional.of((long) byArobases.getOrDefault(figure.charAt(9) - '0', 0));
        }
        if (figure.startsWith("mention.")) {
          yield Optional.of((long) mentions.getOrDefault(figure.substring("mention.".length()), 0));
        }
        yield Optional.empty();
      }
    };
  }

  /** Each millésime whose participants and the previous millésime's are both published. */
  private static List<YearOnYear> yearOnYear(LabelData data) {
    List<YearOnYear> out = new ArrayList<>();
    for (Edition e : data.editions()) {
      LabelData.PublishedFigure now = data.published(e.year()).get("participants");
      LabelData.PublishedFigure before = data.published(e.year() - 1).get("participants");
      if (now != null && before != null && before.value() > 0) {
        double percent = Math.round((now.value() - before.value()) * 1000.0 / before.value()) / 10.0;
        out.add(new YearOnYear(e.year(), now.value(), before.value(), percent));
      }
    }
    return List.copyOf(out);
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

  /**
   * @return the figures published for this millésime that the dossiers also give, each beside the
   *     computed one; empty unless the builder was given the data ({@link Builder#published(LabelData)})
   */
  public List<Comparison> published() {
    return published;
  }

  /**
   * @return the published participation's growth, millésime after millésime, wherever two
   *     consecutive millésimes have it (2021 to 2026 in the bundled data); empty without the data
   */
  public List<YearOnYear> publishedGrowth() {
    return publishedGrowth;
  }

  /** Collects the dossiers of a {@link KeyFigures}. Not thread-safe. */
  public static final class Builder {
    private LabelData data;
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
     * Compares the figures with those published in this data ({@link LabelData#published(int)}).
     *
     * @param data the data of the millésimes, e.g. {@link LabelData#bundled()}
     * @return this builder
     */
    public Builder published(LabelData data) {
      this.data = java.util.Objects.requireNonNull(data, "data");
      return this;
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
