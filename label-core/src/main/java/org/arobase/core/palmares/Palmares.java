package org.arobase.core.palmares;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.arobase.core.Category;
import org.arobase.core.Collectivity;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.decision.Decision;
import org.arobase.core.geo.Geography;
import org.arobase.core.geo.OfficialCollectivity;
import org.arobase.core.geo.Resolution;
import org.arobase.core.internal.Names;
import org.arobase.core.internal.TsvReader;

/**
 * A palmarès: the collectivités of a millésime with their level, grouped by region (then
 * département), then by arobases from 5 to 1, then by name, in the three families
 * <em>Villes</em>, <em>Villages</em> and <em>Territoires Internet</em>.
 *
 * <p>Built from rated dossiers ({@link Builder#add(Dossier, Decision, int)}, with the jury's
 * award when there is one) or imported from a published list whose names are resolved in the
 * official geography ({@link #importList(Path)}); names that cannot be identified stay in the
 * palmarès without a code and are listed by {@link #unresolved()} and {@link #ambiguous()}.
 * See docs/PALMARES.md. A palmarès is immutable.
 *
 * <pre>{@code
 * Palmares palmares = Palmares.importList(Path.of("examples/data/palmares-2020.tsv"));
 * palmares.total();       // 232
 * palmares.byArobases();  // {1=19, 2=44, 3=58, 4=48, 5=63}
 * }</pre>
 */
public final class Palmares {

  /** The region of an entry whose region is neither given nor known. */
  public static final String UNKNOWN_REGION = "Région inconnue";
  /** The header of a palmarès list (docs/PALMARES.md). */
  public static final List<String> LIST_HEADER = List.of("region", "arobases", "name");

  private static final Comparator<String> BY_KEY = Comparator.comparing(Names::key).thenComparing(Comparator.naturalOrder());
  private static final Comparator<PalmaresEntry> ORDER = Comparator
      .comparing((PalmaresEntry e) -> e.departement().orElse("\uffff"))
      .thenComparing(PalmaresEntry::arobases, Comparator.reverseOrder())
      .thenComparing(PalmaresEntry::name, BY_KEY)
      .thenComparing(e -> e.code().orElse(""));

  /**
   * The collectivités of one region.
   *
   * @param name the region as the input gives it
   * @param entries its collectivités, by département (unknown last), arobases from 5 to 1, then name
   */
  public record Region(String name, List<PalmaresEntry> entries) {
    /** Copies the entries. */
    public Region {
      Objects.requireNonNull(name, "name");
      entries = List.copyOf(entries);
    }

    /** @return how many collectivités */
    public int total() {
      return entries.size();
    }

    /** @return how many collectivités have each level, for every level from 1 to 5 */
    public SortedMap<Integer, Integer> byArobases() {
      return countLevels(entries);
    }
  }

  private final List<Region> regions;
  private final List<PalmaresEntry> entries;
  private final List<Resolution> unresolved;
  private final List<Resolution> ambiguous;

  private Palmares(Builder builder) {
    Map<String, List<PalmaresEntry>> grouped = new TreeMap<>(BY_KEY);
    builder.entries.forEach(e -> grouped.computeIfAbsent(e.region(), k -> new ArrayList<>()).add(e));
    List<Region> list = new ArrayList<>();
    List<PalmaresEntry> all = new ArrayList<>();
    grouped.forEach((name, members) -> {
      members.sort(ORDER);
      list.add(new Region(name, members));
      all.addAll(members);
    });
    this.regions = List.copyOf(list);
    this.entries = List.copyOf(all);
    this.unresolved = List.copyOf(builder.unresolved);
    this.ambiguous = List.copyOf(builder.ambiguous);
  }

  /** @return a builder that identifies collectivités in the official geography */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports a palmarès list (docs/PALMARES.md: a header {@code region<TAB>arobases<TAB>name},
   * then one collectivité per line; {@code #} lines are comments), resolving each name in the
   * official geography within its region.
   *
   * @param list the UTF-8 file
   * @return the palmarès
   * @throws IllegalArgumentException if a line does not follow the format, naming the file and line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Palmares importList(Path list) {
    try (Reader reader = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
      return builder().addList(list.toString(), reader).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + list + ": " + e.getMessage(), e);
    }
  }

  /** @return every collectivité, in palmarès order: region, département, arobases from 5 to 1, name */
  public List<PalmaresEntry> entries() {
    return entries;
  }

  /** @return the regions in alphabetical order, ignoring accents (Île-de-France among the I) */
  public List<Region> regions() {
    return regions;
  }

  /** @return how many collectivités, identified or not */
  public int total() {
    return entries.size();
  }

  /** @return how many collectivités have each level, for every level from 1 to 5 */
  public SortedMap<Integer, Integer> byArobases() {
    return countLevels(entries);
  }

  /** @return how many collectivités of each known family, in the order VILLAGE, VILLE, TERRITOIRE */
  public Map<Category, Integer> byCategory() {
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      counts.put(c, 0);
    }
    entries.forEach(e -> e.category().ifPresent(c -> counts.merge(c, 1, Integer::sum)));
    return counts;
  }

  /** @return the sum of the known populations */
  public long inhabitants() {
    return entries.stream().mapToLong(e -> e.population().orElse(0)).sum();
  }

  /** @return the listed names no collectivité matches, in list order */
  public List<Resolution> unresolved() {
    return unresolved;
  }

  /** @return the listed names several collectivités match, with their candidates, in list order */
  public List<Resolution> ambiguous() {
    return ambiguous;
  }

  /**
   * @param category a category
   * @return the French name of its family: « Villes Internet », « Villages Internet » or « Territoires Internet »
   */
  public static String family(Category category) {
    return switch (category) {
      case VILLE -> "Villes Internet";
      case VILLAGE -> "Villages Internet";
      case TERRITOIRE -> "Territoires Internet";
    };
  }

  static SortedMap<Integer, Integer> countLevels(Collection<PalmaresEntry> entries) {
    SortedMap<Integer, Integer> counts = new TreeMap<>();
    for (int level = 1; level <= 5; level++) {
      counts.put(level, 0);
    }
    entries.forEach(e -> counts.merge(e.arobases(), 1, Integer::sum));
    return counts;
  }

  /** Collects the entries of a {@link Palmares}. Not thread-safe. */
  public static final class Builder {
    private final List<PalmaresEntry> entries = new ArrayList<>();
    private final List<Resolution> unresolved = new ArrayList<>();
    private final List<Resolution> ambiguous = new ArrayList<>();
    private Supplier<Geography> geography = Geography::official;
    private int villagePopulationThreshold = 3_500;

    private Builder() {}

    /**
     * @param geography the geography names are resolved in and collectivités completed from
     * @return this builder
     */
    public Builder geography(Geography geography) {
      Objects.requireNonNull(geography, "geography");
      this.geography = () -> geography;
      return this;
    }

    /**
     * @param threshold the first population that makes a listed commune a ville rather than a
     *     village (3,500 by default, as {@link Edition#villagePopulationThreshold()})
     * @return this builder
     */
    public Builder villagePopulationThreshold(int threshold) {
      this.villagePopulationThreshold = threshold;
      return this;
    }

    /**
     * @param entry an entry
     * @return this builder
     */
    public Builder add(PalmaresEntry entry) {
      entries.add(Objects.requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Adds a rated dossier at its computed level.
     *
     * @param dossier the dossier
     * @param decision its decision
     * @return this builder
     * @throws IllegalArgumentException if the decision is about another collectivité
     */
    public Builder add(Dossier dossier, Decision decision) {
      return add(dossier, decision, decision.arobases());
    }

    /**
     * Adds a rated dossier at the level the jury awarded. The region and département are the
     * dossier's, or derived from the official geography when it leaves them out; mentions and
     * distinctions are the decision's.
     *
     * @param dossier the dossier
     * @param decision its decision
     * @param awardedArobases the level the jury awarded, 1 to 5
     * @return this builder
     * @throws IllegalArgumentException if the decision is about another collectivité, or the level is not 1 to 5
     */
    public Builder add(Dossier dossier, Decision decision, int awardedArobases) {
      Collectivity c = dossier.collectivity();
      if (!c.code().equals(decision.collectivity().code())) {
        throw new IllegalArgumentException("the decision about " + decision.collectivity().code()
            + " is not the decision of the dossier of " + c.code());
      }
      if (c.region().isEmpty() || c.departement().isEmpty()) {
        c = geography.get().complete(c);
      }
      entries.add(PalmaresEntry.builder()
          .name(c.name())
          .code(c.code())
          .region(c.region().orElse(UNKNOWN_REGION))
          .departement(c.departement())
          .arobases(awardedArobases)
          .computedArobases(decision.arobases())
          .category(decision.collectivity().category())
          .population(c.population())
          .mentions(decision.mentions())
          .distinctions(decision.distinctions())
          .build());
      return this;
    }

    /**
     * Adds a collectivité of a published list, resolving its name within its region. An
     * unresolved or ambiguous name is added without a code and reported.
     *
     * @param region the region the list gives
     * @param arobases the level, 1 to 5
     * @param name the name as published
     * @return this builder
     * @throws IllegalArgumentException if the level is not 1 to 5 or the name is blank
     */
    public Builder addListed(String region, int arobases, String name) {
      Resolution resolution = geography.get().resolve(name, region);
      ImmutablePalmaresEntry.Builder entry = PalmaresEntry.builder().name(name.strip()).region(region.strip()).arobases(arobases);
      Optional<OfficialCollectivity> match = resolution.match();
      if (match.isPresent()) {
        OfficialCollectivity o = match.get();
        entry.code(o.code()).departement(o.departement()).population(o.population())
            .category(o.category(villagePopulationThreshold));
      } else if (Names.core(Names.key(name)).type().isPresent()) {
        entry.category(Category.TERRITOIRE);
      }
      entries.add(entry.build());
      switch (resolution.status()) {
        case AMBIGUOUS -> ambiguous.add(resolution);
        case UNRESOLVED -> unresolved.add(resolution);
        default -> { }
      }
      return this;
    }

    /**
     * Adds every collectivité of a palmarès list (format of {@link Palmares#importList}).
     *
     * @param source the name of the list, for error messages
     * @param list the list
     * @return this builder
     * @throws IllegalArgumentException if a line does not follow the format, naming the source and line
     * @throws UncheckedIOException if the list cannot be read
     */
    public Builder addList(String source, Reader list) {
      TsvReader tsv = TsvReader.read(source, list, LIST_HEADER, TsvReader.ILLEGAL_ARGUMENT);
      for (TsvReader.Row row : tsv.rows) {
        if (row.get(0).isEmpty() || row.get(2).isEmpty()) {
          throw tsv.error(row.line(), "the region and the name are required");
        }
        if (!row.get(1).matches("[1-5]")) {
          throw tsv.error(row.line(), "arobases are 1 to 5, not '" + row.get(1) + "'");
        }
      }
      tsv.rows.forEach(row -> addListed(row.get(0), Integer.parseInt(row.get(1)), row.get(2)));
      return this;
    }

    /** @return the palmarès */
    public Palmares build() {
      return new Palmares(this);
    }
  }
}
