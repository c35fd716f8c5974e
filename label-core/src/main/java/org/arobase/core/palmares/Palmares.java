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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.arobase.core.Identifiers;
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
 * official geography ({@link #importList(Path)}), narrowed by the département and decided by the
 * code when the list gives them; names that cannot be identified stay in the palmarès without
 * a code and are listed by {@link #unresolved()} and {@link #ambiguous()}, and rows whose code
 * contradicts their name or place by {@link #problems()}. See docs/PALMARES.md. A palmarès is
 * immutable.
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
  /** The required columns of a palmarès list, and the header of the plain form (docs/PALMARES.md). */
  public static final List<String> LIST_HEADER = List.of("region", "arobases", "name");
  /** Every column a palmarès list may have, in any order: {@link #LIST_HEADER}, then the optional ones. */
  public static final List<String> LIST_COLUMNS = List.of("region", "arobases", "name", "departement", "code");

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

  /**
   * A row of a published list that was identified by its code although its name, département or
   * region says otherwise, or by the code of a former commune: the code decided, and someone
   * should look.
   *
   * @param source the list, as given to {@link Builder#addList}; empty for {@link Builder#addListed}
   * @param line the 1-based line in the list; 0 for {@link Builder#addListed}
   * @param name the name as published
   * @param code the code the list gives
   * @param kind what the row says otherwise
   * @param collectivity the collectivité the code identifies, which the entry is
   * @param message what is wrong, for people
   */
  public record Problem(String source, int line, String name, String code, Kind kind, OfficialCollectivity collectivity,
      String message) {

    /** What a row identified by its code says otherwise. */
    public enum Kind {
      /** The code is that of a former commune (déléguée or associée); the entry has the current commune's. */
      FORMER_CODE,
      /** The name is none of the collectivité's (its official name, a former commune's, an EPCI's with another prefix). */
      NAME_MISMATCH,
      /** The département is none of the collectivité's. */
      DEPARTEMENT_MISMATCH,
      /** The region is not the collectivité's, or not a region. */
      REGION_MISMATCH
    }

    /** Checks that every part is present. */
    public Problem {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(collectivity, "collectivity");
      Objects.requireNonNull(message, "message");
    }

    /** @return {@code source:line: message}, or the message alone when there is no source */
    @Override
    public String toString() {
      return source.isEmpty() ? message : TsvReader.describe(source, line, message);
    }
  }

  /**
   * A collectivité added a second time (the same code): the first entry is kept, this one is
   * left out so that its inhabitants and its level are not counted twice, and someone should look.
   *
   * @param source where the duplicate comes from: the list, the dossier's source, or empty
   * @param line the 1-based line in the list; 0 when it is not from a list
   * @param name the name of the duplicate as given
   * @param code the code both entries have
   * @param kept the entry kept, the first one with the code
   */
  public record Duplicate(String source, int line, String name, String code, PalmaresEntry kept) {

    /** Checks that every part is present. */
    public Duplicate {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(kept, "kept");
    }

    /** @return what is wrong, for people */
    public String message() {
      return "« " + name + " » (" + code + ") is already in the palmarès as « " + kept.name() + " »"
          + (kept.line().isPresent() ? " (line " + kept.line().getAsInt() + ")" : "")
          + ": left out, the first one is kept";
    }

    /** @return {@code source:line: message}, {@code source: message}, or the message alone */
    @Override
    public String toString() {
      if (source.isEmpty()) {
        return message();
      }
      return line > 0 ? TsvReader.describe(source, line, message()) : source + ": " + message();
    }
  }

  private final List<Region> regions;
  private final List<PalmaresEntry> entries;
  private final List<Duplicate> duplicates;
  private final List<Resolution> unresolved;
  private final List<Resolution> ambiguous;
  private final List<Problem> problems;

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
    this.problems = List.copyOf(builder.problems);
    this.duplicates = List.copyOf(builder.duplicates);
  }

  /** @return a builder that identifies collectivités in the official geography */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Imports a palmarès list (docs/PALMARES.md: a header naming the columns {@code region},
   * {@code arobases}, {@code name} and optionally {@code departement} and {@code code}, in any
   * order, then one collectivité per line; {@code #} lines are comments), identifying each
   * collectivité in the official geography by its code, or by its name within its region and
   * département (« Marnay (70) »).
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

  /**
   * @return the listed names no collectivité matches (or whose code is unknown), in list order;
   *     the query is the name as published, « Herblay (95) »
   */
  public List<Resolution> unresolved() {
    return unresolved;
  }

  /**
   * @return the listed names several collectivités match, with their candidates, in list order;
   *     the query is the name as published
   */
  public List<Resolution> ambiguous() {
    return ambiguous;
  }

  /** @return the listed rows identified by a code that their name, département or region contradicts, in list order */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * @return the collectivités given a second time (the same code), left out of the palmarès, in
   *     the order they were added; the first entry with a code is the one kept
   */
  public List<Duplicate> duplicates() {
    return duplicates;
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
    private final List<Problem> problems = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final Map<String, PalmaresEntry> byCode = new HashMap<>();
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
      keep("", Objects.requireNonNull(entry, "entry"));
      return this;
    }

    /** Adds the entry unless its code is already in, in which case it is a {@link Duplicate}. */
    private void keep(String source, PalmaresEntry entry) {
      if (entry.code().isPresent()) {
        PalmaresEntry first = byCode.putIfAbsent(entry.code().get(), entry);
        if (first != null) {
          duplicates.add(new Duplicate(source, entry.line().orElse(0), entry.name(), entry.code().get(), first));
          return;
        }
      }
      entries.add(entry);
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
      return add("", dossier, decision, awardedArobases);
    }

    /**
     * Adds a rated dossier at the level the jury awarded, as {@link #add(Dossier, Decision, int)},
     * naming where it comes from for a {@link Duplicate}.
     *
     * @param source where the dossier comes from, e.g. its file
     * @param dossier the dossier
     * @param decision its decision
     * @param awardedArobases the level the jury awarded, 1 to 5
     * @return this builder
     * @throws IllegalArgumentException if the decision is about another collectivité, or the level is not 1 to 5
     */
    public Builder add(String source, Dossier dossier, Decision decision, int awardedArobases) {
      Objects.requireNonNull(source, "source");
      Collectivity c = dossier.collectivity();
      if (!c.code().equals(decision.collectivity().code())) {
        throw new IllegalArgumentException("the decision about " + decision.collectivity().code()
            + " is not the decision of the dossier of " + c.code());
      }
      if (c.region().isEmpty() || c.departement().isEmpty()) {
        c = geography.get().complete(c);
      }
      keep(source, PalmaresEntry.builder()
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
     * Adds a collectivité of a published list, resolving its name within its region; the name
     * may end with its département in parentheses, « Marnay (70) ». An unresolved or ambiguous
     * name is added without a code and reported.
     *
     * @param region the region the list gives
     * @param arobases the level, 1 to 5
     * @param name the name as published
     * @return this builder
     * @throws IllegalArgumentException if the level is not 1 to 5, the region or name is blank,
     *     or the département in parentheses is not one
     */
    public Builder addListed(String region, int arobases, String name) {
      return addListed(region, arobases, name, null, null);
    }

    /**
     * Adds a collectivité of a published list (docs/PALMARES.md). With a code, the code is the
     * identity once the geography knows it (an unknown code leaves the row unresolved, the name
     * is not tried), and a name, département or region that contradicts it is reported by
     * {@link Palmares#problems()}. Without a code, the name is resolved within the region and
     * the département, given here or in parentheses after the name, « Marnay (70) ».
     *
     * @param region the region the list gives
     * @param arobases the level, 1 to 5
     * @param name the name as published, possibly followed by its département in parentheses
     * @param departement the département code ({@code 56}, {@code 2A}, {@code 974}), or
     *     {@code null} or empty
     * @param code the INSEE code of the commune or the SIREN of the intercommunalité, or
     *     {@code null} or empty
     * @return this builder
     * @throws IllegalArgumentException if the level is not 1 to 5, the region or name is blank,
     *     a département is not one of the geography, the département given and the one in
     *     parentheses differ, or the code is neither an INSEE code nor a SIREN
     */
    public Builder addListed(String region, int arobases, String name, String departement, String code) {
      if (arobases < 1 || arobases > 5) {
        throw new IllegalArgumentException("arobases are 1 to 5, not " + arobases + " (" + name + ")");
      }
      try {
        add(listed("", 0, region, arobases, name, departement, code));
      } catch (RowException e) {
        throw new IllegalArgumentException(e.getMessage() + " (" + name + ")");
      }
      return this;
    }

    /**
     * Adds every collectivité of a palmarès list (format of {@link Palmares#importList}). The
     * whole list is checked before anything is added.
     *
     * @param source the name of the list, for error messages
     * @param list the list
     * @return this builder
     * @throws IllegalArgumentException if a line does not follow the format, naming the source and line
     * @throws UncheckedIOException if the list cannot be read
     */
    public Builder addList(String source, Reader list) {
      List<String> header = new ArrayList<>();
      TsvReader tsv = TsvReader.read(source, list, LIST_HEADER, (line, cells) -> {
        header.addAll(header(source, line, cells));
        return header;
      }, TsvReader.ILLEGAL_ARGUMENT);
      Map<String, Integer> column = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        column.put(Names.key(header.get(i)), i);
      }
      List<Listed> rows = new ArrayList<>(tsv.rows.size());
      for (TsvReader.Row row : tsv.rows) {
        String level = row.get(column.get("arobases"));
        String region = row.get(column.get("region"));
        String name = row.get(column.get("name"));
        if (region.isEmpty() || name.isEmpty()) {
          throw tsv.error(row.line(), "the region and the name are required");
        }
        if (!level.matches("[1-5]")) {
          throw tsv.error(row.line(), "arobases are 1 to 5, not '" + level + "'");
        }
        try {
          rows.add(listed(source, row.line(), region, Integer.parseInt(level), name,
              column.containsKey("departement") ? row.get(column.get("departement")) : null,
              column.containsKey("code") ? row.get(column.get("code")) : null));
        } catch (RowException e) {
          throw tsv.error(row.line(), e.getMessage());
        }
      }
      rows.forEach(this::add);
      return this;
    }

    /**
     * The columns of the list's header, as written, once checked: every one known (compared as
     * keys, so « Département » is {@code departement}), none twice, the required ones present.
     */
    private static List<String> header(String source, int line, List<String> cells) {
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        String key = Names.key(cells.get(i));
        if (key.isEmpty()) {
          throw headerError(source, line, "column " + (i + 1) + " of the header has no name");
        }
        if (!LIST_COLUMNS.contains(key)) {
          throw headerError(source, line, "unknown column '" + cells.get(i).strip() + "'");
        }
        if (seen.contains(key)) {
          throw headerError(source, line, "column '" + key + "' appears twice");
        }
        seen.add(key);
      }
      for (String required : LIST_HEADER) {
        if (!seen.contains(required)) {
          throw headerError(source, line, "no column '" + required + "'");
        }
      }
      return cells;
    }

    private static IllegalArgumentException headerError(String source, int line, String problem) {
      return new IllegalArgumentException(TsvReader.describe(source, line, problem + "; a list's columns are "
          + String.join(", ", LIST_HEADER) + ", and optionally departement and code, in any order"));
    }

    /** Checks one row of a list: its region and name, its département(s) and its code. */
    private Listed listed(String source, int line, String region, int arobases, String name, String departement, String code) {
      if (region == null || region.isBlank() || name == null || name.isBlank()) {
        throw new RowException("the region and the name are required");
      }
      Geography geo = geography.get();
      PressName press = PressName.parse(name);
      Optional<String> fromColumn = Optional.empty();
      if (departement != null && !departement.isBlank()) {
        fromColumn = geo.departement(departement);
        if (fromColumn.isEmpty()) {
          throw new RowException("'" + departement.strip() + "' is not a département");
        }
      }
      Optional<String> fromName = press.departement().flatMap(geo::departement);
      if (press.departement().isPresent() && fromName.isEmpty()) {
        throw new RowException("« " + name.strip() + " »: '" + press.departement().get() + "' is not a département");
      }
      if (fromColumn.isPresent() && fromName.isPresent() && !fromColumn.equals(fromName)) {
        throw new RowException("the département is " + fromColumn.get() + " in column departement but "
            + fromName.get() + " in « " + name.strip() + " »");
      }
      Optional<String> identity = Optional.ofNullable(code).map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty());
      if (identity.isPresent() && !Identifiers.isInseeCode(identity.get()) && !Identifiers.looksLikeSiren(identity.get())) {
        throw new RowException("'" + code.strip() + "' is neither an INSEE code (5 characters) nor a SIREN (9 digits)");
      }
      return new Listed(source, line, region.strip(), arobases, name.strip(), press.name(),
          fromColumn.or(() -> fromName), identity);
    }

    /** Identifies a checked row and adds it, with what it resolved to. */
    private void add(Listed row) {
      Geography geo = geography.get();
      Resolution resolution;
      if (row.code().isPresent()) {
        String code = row.code().get();
        resolution = geo.identify(code);
        if (resolution.match().isPresent()) {
          check(row, resolution, geo);
        }
      } else {
        resolution = geo.resolve(row.name(), row.region(), row.departement().orElse(null));
      }
      String note = resolution.match().isEmpty() && row.code().isPresent()
          ? resolution.note() + "; a row with a code is identified by its code only"
          : resolution.note();
      // The query the palmarès reports is the name as published, « Herblay (95) ».
      resolution = new Resolution(row.published(), resolution.status(), resolution.candidates(), note);
      ImmutablePalmaresEntry.Builder entry = PalmaresEntry.builder().name(row.name()).region(row.region()).arobases(row.arobases());
      if (row.line() > 0) {
        entry.line(row.line());
      }
      Optional<OfficialCollectivity> match = resolution.match();
      if (match.isPresent()) {
        OfficialCollectivity o = match.get();
        String departement = row.departement().filter(o.departements()::contains).orElse(o.departement());
        entry.code(o.code()).departement(departement).population(o.population())
            .category(o.category(villagePopulationThreshold));
      } else {
        entry.departement(row.departement());
        if (Names.core(Names.key(row.name())).type().isPresent()) {
          entry.category(Category.TERRITOIRE);
        }
      }
      keep(row.source(), entry.build());
      switch (resolution.status()) {
        case AMBIGUOUS -> ambiguous.add(resolution);
        case UNRESOLVED -> unresolved.add(resolution);
        default -> { }
      }
    }

    /** What a row identified by its code says otherwise: the code decides, the problem is reported. */
    private void check(Listed row, Resolution resolution, Geography geo) {
      OfficialCollectivity o = resolution.match().orElseThrow();
      String code = row.code().orElseThrow();
      String who = o.code() + " « " + o.name() + " »";
      if (!code.equals(o.code()) && !o.siren().equals(Optional.of(code))) {
        problem(row, Problem.Kind.FORMER_CODE, o, resolution.note() + ": the entry has the code " + o.code());
      }
      if (!geo.isNameOf(row.name(), o)) {
        problem(row, Problem.Kind.NAME_MISMATCH, o, "« " + row.name() + " » is not a name of " + who + "; the code decides");
      }
      row.departement().ifPresent(d -> {
        if (!o.departements().contains(d)) {
          problem(row, Problem.Kind.DEPARTEMENT_MISMATCH, o,
              who + " is in the département " + String.join(", ", o.departements()) + ", not " + d + "; the code decides");
        }
      });
      Optional<String> region = geo.region(row.region());
      if (region.isEmpty() || !geo.regionsOf(o).contains(region.get())) {
        problem(row, Problem.Kind.REGION_MISMATCH, o,
            who + " is in " + String.join(", ", geo.regionsOf(o)) + ", not in « " + row.region() + " »; the code decides");
      }
    }

    private void problem(Listed row, Problem.Kind kind, OfficialCollectivity collectivity, String message) {
      problems.add(new Problem(row.source(), row.line(), row.published(), row.code().orElse(""), kind, collectivity, message));
    }

    /** @return the palmarès */
    public Palmares build() {
      return new Palmares(this);
    }
  }

  /** A checked row of a list: the name without its département, the département from either place. */
  private record Listed(String source, int line, String region, int arobases, String published, String name,
      Optional<String> departement, Optional<String> code) {}

  /** A row that breaks the list format; the caller adds where it is. */
  private static final class RowException extends RuntimeException {
    RowException(String message) {
      super(message, null, false, false);
    }
  }
}
