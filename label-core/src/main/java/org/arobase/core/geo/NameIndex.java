package org.arobase.core.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;
import org.arobase.core.CollectivityKind;
import org.arobase.core.internal.Names;

/**
 * Resolves names to collectivités in three tiers (docs/GEOGRAPHY.md): the exact key of a
 * current name, then the key of a former commune's name, then the names closest to it within
 * the typo budget. The first tier that finds anything decides; several equally good
 * candidates make the name ambiguous. A region or a département narrows every tier; a name
 * that exists exactly, but outside them, is not corrected into another name inside them.
 *
 * <p>Every tier but the typos is a hash look-up. Typos are looked for among the names of the
 * département when there is one, else among the names that share enough bigrams with the query
 * (a bigram index: an edit destroys at most three of them); the edit distance is computed only
 * for names whose length is within the typo budget of the query's.
 */
final class NameIndex {

  /** A former commune's name, with the current commune it belongs to. */
  private record FormerName(GeographyReader.Former former, OfficialCollectivity commune) {}

  /** Where to look: everywhere, in a region, or in a département (which implies its region). */
  private record Scope(String region, String departement, String where) {
    static final Scope EVERYWHERE = new Scope(null, null, "");

    boolean narrowed() {
      return region != null || departement != null;
    }
  }

  private final Geography geography;
  /** Keys of the names of communes and of the full names of intercommunalités. */
  private final Map<String, List<OfficialCollectivity>> current = new HashMap<>();
  /** Keys of intercommunalités' names without their prefix (« Bassin d'Aurillac »). */
  private final Map<String, List<OfficialCollectivity>> epciCores = new HashMap<>();
  /** Keys of former communes' names, with the commune they now belong to. */
  private final Map<String, List<FormerName>> formers = new HashMap<>();
  /** Built on the first name that needs the typo tier: a list of exact names does not. */
  private volatile Typos typos;

  NameIndex(Geography geography, List<GeographyReader.Former> formerCommunes) {
    this.geography = geography;
    for (OfficialCollectivity c : geography.all().values()) {
      String key = Names.key(c.name());
      Geography.index(current, key, c);
      if (c.kind() == CollectivityKind.INTERCOMMUNALITE) {
        Geography.index(epciCores, Names.core(key).key(), c);
      }
    }
    for (GeographyReader.Former f : formerCommunes) {
      geography.find(f.commune()).ifPresent(c ->
          formers.computeIfAbsent(Names.key(f.name()), k -> new ArrayList<>(1)).add(new FormerName(f, c)));
    }
  }

  /** The keys of {@link #current} and {@link #epciCores} arranged for the typo tier: all, per département, by bigram. */
  private static final class Typos {
    final Pool allCurrent;
    final Pool allCores;
    final Map<String, Pool> currentByDepartement;
    final Map<String, Pool> coresByDepartement;
    final Grams currentGrams;
    final Grams coreGrams;

    Typos(Map<String, List<OfficialCollectivity>> current, Map<String, List<OfficialCollectivity>> cores) {
      allCurrent = Pool.of(current);
      allCores = Pool.of(cores);
      currentByDepartement = Pool.perDepartement(current);
      coresByDepartement = Pool.perDepartement(cores);
      currentGrams = new Grams(current);
      coreGrams = new Grams(cores);
    }
  }

  private Typos typos() {
    Typos t = typos;
    if (t == null) {
      synchronized (this) {
        t = typos;
        if (t == null) {
          t = new Typos(current, epciCores);
          typos = t;
        }
      }
    }
    return t;
  }

  Resolution resolve(String name, String region, String departement) {
    String query = name == null ? "" : name;
    String key = Names.key(query);
    if (key.isEmpty()) {
      return unresolved(query, "no name given");
    }
    String officialRegion = null;
    if (region != null && !region.isBlank()) {
      Optional<String> official = geography.region(region);
      if (official.isEmpty()) {
        return unresolved(query, "'" + region + "' is not a region; known: " + String.join(", ", geography.regions()));
      }
      officialRegion = official.get();
    }
    Scope scope = officialRegion == null ? Scope.EVERYWHERE : new Scope(officialRegion, null, " in " + officialRegion);
    if (departement != null && !departement.isBlank()) {
      Optional<String> dep = geography.departement(departement);
      if (dep.isEmpty()) {
        return unresolved(query, "'" + departement + "' is not a département of " + geography.source());
      }
      String d = dep.get();
      String depRegion = geography.regionOf(d).orElseThrow();
      String label = geography.departementName(d).orElseThrow() + " (" + d + ")";
      if (officialRegion != null && !officialRegion.equals(depRegion)) {
        return unresolved(query, "the département " + label + " is in " + depRegion + ", not in " + officialRegion);
      }
      scope = new Scope(depRegion, d, " in " + label);
    }
    Names.Core core = Names.core(key);
    boolean epciOnly = core.type().isPresent();
    String where = scope.where();

    // Tier 1: the exact key of a current name.
    List<OfficialCollectivity> found = inScope(current.getOrDefault(key, List.of()), scope);
    if (found.isEmpty()) {
      found = preferType(inScope(epciCores.getOrDefault(core.key(), List.of()), scope), core.type());
    }
    if (!found.isEmpty()) {
      return decide(query, found, "official name" + where, where);
    }
    // Tier 2: the name of a former commune (déléguée or associée), now part of a current one.
    if (!epciOnly) {
      found = formersInScope(formers.getOrDefault(key, List.of()), scope);
      if (!found.isEmpty()) {
        return decide(query, found, "former commune « " + query.strip() + " », now part of « "
            + found.get(0).name() + " »" + where, where);
      }
    }
    // The name exists exactly, but elsewhere: the place is wrong, or the name; either way no guess.
    if (scope.narrowed()) {
      List<OfficialCollectivity> elsewhere = exactAnywhere(key, core, epciOnly);
      if (!elsewhere.isEmpty()) {
        return unresolved(query, "no collectivité named « " + query.strip() + " »" + where + "; "
            + (elsewhere.size() == 1 ? "the one of that name is " : "those of that name are ")
            + elsewhere.stream().limit(5).map(NameIndex::describe).collect(Collectors.joining(", "))
            + (elsewhere.size() > 5 ? " and " + (elsewhere.size() - 5) + " more" : "")
            + ": check the " + (scope.departement() != null ? "département" : "region") + " or give the code");
      }
    }
    // Tier 3: a name within the typo budget.
    String probe = epciOnly ? core.key() : key;
    int budget = Names.typoBudget(probe);
    if (budget > 0) {
      Map<OfficialCollectivity, Integer> near = new LinkedHashMap<>();
      Scope s = scope;
      ObjIntConsumer<OfficialCollectivity> hit = (c, d) -> {
        if (inScope(c, s) && (!epciOnly || c.kind() == CollectivityKind.INTERCOMMUNALITE)) {
          near.merge(c, d, Math::min);
        }
      };
      Typos t = typos();
      Grams grams = epciOnly ? t.coreGrams : t.currentGrams;
      if (scope.departement() != null || !grams.near(probe, budget, hit)) {
        for (Pool pool : pools(t, scope, epciOnly)) {
          pool.scan(probe, budget, hit);
        }
      }
      if (!near.isEmpty()) {
        int closest = near.values().stream().min(Integer::compare).orElseThrow();
        List<OfficialCollectivity> close = new ArrayList<>(near.keySet().stream().filter(c -> near.get(c) == closest).toList());
        close.sort(Geography.CANDIDATE_ORDER);
        OfficialCollectivity best = close.get(0);
        return decide(query, close, "closest official name « " + best.name() + " » ("
            + closest + (closest == 1 ? " edit" : " edits") + ")" + where, where);
      }
    }
    return unresolved(query, "no commune or intercommunalité is named « " + query.strip() + " »" + where
        + (budget > 0 ? ", even allowing " + budget + (budget == 1 ? " typo" : " typos") : ""));
  }

  boolean isFormerName(String key, OfficialCollectivity commune) {
    for (FormerName f : formers.getOrDefault(key, List.of())) {
      if (f.commune().equals(commune)) {
        return true;
      }
    }
    return false;
  }

  /** The pools of names a typo is looked for in: the département's, the region's départements', or all. */
  private List<Pool> pools(Typos t, Scope scope, boolean epciOnly) {
    Map<String, Pool> byDep = epciOnly ? t.coresByDepartement : t.currentByDepartement;
    if (scope.departement() != null) {
      Pool pool = byDep.get(scope.departement());
      return pool == null ? List.of() : List.of(pool);
    }
    if (scope.region() != null) {
      List<Pool> out = new ArrayList<>();
      for (String d : geography.departementsOf(scope.region())) {
        Pool pool = byDep.get(d);
        if (pool != null) {
          out.add(pool);
        }
      }
      return out;
    }
    return List.of(epciOnly ? t.allCores : t.allCurrent);
  }

  private List<OfficialCollectivity> exactAnywhere(String key, Names.Core core, boolean epciOnly) {
    Set<OfficialCollectivity> out = new LinkedHashSet<>(current.getOrDefault(key, List.of()));
    out.addAll(epciCores.getOrDefault(core.key(), List.of()));
    if (!epciOnly) {
      formers.getOrDefault(key, List.of()).forEach(f -> out.add(f.commune()));
    }
    List<OfficialCollectivity> sorted = new ArrayList<>(out);
    sorted.sort(Geography.CANDIDATE_ORDER);
    return sorted;
  }

  private static String describe(OfficialCollectivity c) {
    return c.name() + " (" + c.code() + ", " + String.join("/", c.departements()) + ")";
  }

  private boolean inScope(OfficialCollectivity c, Scope scope) {
    if (scope.departement() != null) {
      return c.departements().contains(scope.departement());
    }
    return scope.region() == null || geography.regionsOf(c).contains(scope.region());
  }

  private List<OfficialCollectivity> inScope(List<OfficialCollectivity> list, Scope scope) {
    if (!scope.narrowed()) {
      return list;
    }
    List<OfficialCollectivity> out = new ArrayList<>(list.size());
    for (OfficialCollectivity c : list) {
      if (inScope(c, scope)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The communes former communes of that name now belong to, in scope: a former commune is in a
   * département (or region) when the commune it belongs to is, or when it was (its own code's).
   */
  private List<OfficialCollectivity> formersInScope(List<FormerName> list, Scope scope) {
    Set<OfficialCollectivity> out = new LinkedHashSet<>();
    for (FormerName f : list) {
      String own = Geography.departementOfCode(f.former().code());
      boolean in = scope.departement() != null
          ? f.commune().departements().contains(scope.departement()) || own.equals(scope.departement())
          : scope.region() == null || geography.regionsOf(f.commune()).contains(scope.region())
              || geography.regionOf(own).filter(scope.region()::equals).isPresent();
      if (in) {
        out.add(f.commune());
      }
    }
    return new ArrayList<>(out);
  }

  /** Among intercommunalités found by their core name, those of the type the prefix names, if any. */
  private static List<OfficialCollectivity> preferType(List<OfficialCollectivity> found, Optional<String> type) {
    if (type.isEmpty()) {
      return new ArrayList<>(found);
    }
    List<OfficialCollectivity> sameType = found.stream()
        .filter(c -> c.type().equals(type.get()) || type.get().equals("METRO") && c.type().startsWith("MET"))
        .toList();
    return new ArrayList<>(sameType.isEmpty() ? found : sameType);
  }

  private static Resolution decide(String query, List<OfficialCollectivity> found, String how, String where) {
    if (found.size() == 1) {
      return new Resolution(query, Resolution.Status.RESOLVED, found, how);
    }
    List<OfficialCollectivity> sorted = new ArrayList<>(found);
    sorted.sort(Geography.CANDIDATE_ORDER);
    return new Resolution(query, Resolution.Status.AMBIGUOUS, sorted,
        sorted.size() + " collectivités match « " + query.strip() + " »" + where + "; give the département or the code");
  }

  private static Resolution unresolved(String query, String why) {
    return new Resolution(query, Resolution.Status.UNRESOLVED, List.of(), why);
  }

  /**
   * Keys with one collectivité each (a key shared by several appears once per collectivité),
   * ordered by length, so that a typo scan visits only the keys whose length is within the
   * budget of the probe's (an edit changes the length by one at most).
   */
  private static final class Pool {
    private final String[] keys;
    private final OfficialCollectivity[] values;
    /** {@code start[n]}: the index of the first key of length {@code n} or more. */
    private final int[] start;

    private Pool(List<String> keyList, List<OfficialCollectivity> valueList) {
      int longest = 0;
      for (String k : keyList) {
        longest = Math.max(longest, k.length());
      }
      start = new int[longest + 2];
      for (String k : keyList) {
        start[k.length() + 1]++;
      }
      for (int n = 1; n < start.length; n++) {
        start[n] += start[n - 1];
      }
      keys = new String[keyList.size()];
      values = new OfficialCollectivity[keyList.size()];
      int[] next = start.clone();
      for (int i = 0; i < keyList.size(); i++) {
        int at = next[keyList.get(i).length()]++;
        keys[at] = keyList.get(i);
        values[at] = valueList.get(i);
      }
    }

    /** Every key of a map, once per collectivité. */
    static Pool of(Map<String, List<OfficialCollectivity>> map) {
      List<String> keys = new ArrayList<>();
      List<OfficialCollectivity> values = new ArrayList<>();
      map.forEach((key, list) -> list.forEach(c -> {
        keys.add(key);
        values.add(c);
      }));
      return new Pool(keys, values);
    }

    /** One pool per département, an intercommunalité in each of its départements. */
    static Map<String, Pool> perDepartement(Map<String, List<OfficialCollectivity>> map) {
      Map<String, List<String>> keys = new HashMap<>();
      Map<String, List<OfficialCollectivity>> values = new HashMap<>();
      map.forEach((key, list) -> list.forEach(c -> {
        for (String d : c.departements()) {
          keys.computeIfAbsent(d, x -> new ArrayList<>()).add(key);
          values.computeIfAbsent(d, x -> new ArrayList<>()).add(c);
        }
      }));
      Map<String, Pool> out = new HashMap<>();
      keys.forEach((d, k) -> out.put(d, new Pool(k, values.get(d))));
      return out;
    }

    void scan(String probe, int budget, ObjIntConsumer<OfficialCollectivity> hit) {
      int last = start.length - 1;
      int from = start[Math.min(Math.max(0, probe.length() - budget), last)];
      int to = start[Math.min(probe.length() + budget + 1, last)];
      for (int i = from; i < to; i++) {
        int d = Names.distance(probe, keys[i], budget);
        if (d <= budget) {
          hit.accept(values[i], d);
        }
      }
    }
  }

  /**
   * An index of the distinct bigrams (pairs of neighbouring characters) of keys. A key within
   * {@code k} edits of a probe shares at least {@code b - 3k} of the probe's {@code b} distinct
   * bigrams (a substitution, insertion or deletion destroys at most two of them, a transposition
   * three), so only the keys reaching that count need their distance computed.
   */
  private static final class Grams {
    private final String[] keys;
    private final List<List<OfficialCollectivity>> values;
    private final Map<Integer, int[]> postings = new HashMap<>();

    Grams(Map<String, List<OfficialCollectivity>> map) {
      keys = map.keySet().toArray(String[]::new);
      values = new ArrayList<>(keys.length);
      int[][] grams = new int[keys.length][];
      int pairs = 0;
      for (int id = 0; id < keys.length; id++) {
        values.add(map.get(keys[id]));
        grams[id] = bigrams(keys[id]);
        pairs += grams[id].length;
      }
      // Every (bigram, key) pair as one long, sorted: each bigram's keys are then a run.
      long[] all = new long[pairs];
      int n = 0;
      for (int id = 0; id < keys.length; id++) {
        for (int gram : grams[id]) {
          all[n++] = (long) gram << 32 | id;
        }
      }
      Arrays.sort(all);
      for (int i = 0, j; i < all.length; i = j) {
        int gram = (int) (all[i] >>> 32);
        for (j = i; j < all.length && (int) (all[j] >>> 32) == gram; j++) {
          // the run of this bigram
        }
        int[] ids = new int[j - i];
        for (int k = i; k < j; k++) {
          ids[k - i] = (int) all[k];
        }
        postings.put(gram, ids);
      }
    }

    /**
     * Reports every key within the budget of the probe.
     *
     * @return false when the probe has too few distinct bigrams for the index to filter
     *     anything: the caller scans instead
     */
    boolean near(String probe, int budget, ObjIntConsumer<OfficialCollectivity> hit) {
      int[] grams = bigrams(probe);
      int threshold = grams.length - 3 * budget;
      if (threshold <= 0 || grams.length > Byte.MAX_VALUE) {
        return false;
      }
      byte[] counts = new byte[keys.length];
      for (int gram : grams) {
        int[] ids = postings.get(gram);
        if (ids == null) {
          continue;
        }
        for (int id : ids) {
          if (++counts[id] == threshold) {
            String key = keys[id];
            if (Math.abs(key.length() - probe.length()) <= budget) {
              int d = Names.distance(probe, key, budget);
              if (d <= budget) {
                for (OfficialCollectivity c : values.get(id)) {
                  hit.accept(c, d);
                }
              }
            }
          }
        }
      }
      return true;
    }

    /** The distinct bigrams of a key, each pair of chars in one int. */
    private static int[] bigrams(String key) {
      int[] grams = new int[Math.max(0, key.length() - 1)];
      for (int i = 0; i + 1 < key.length(); i++) {
        grams[i] = key.charAt(i) << 16 | key.charAt(i + 1);
      }
      Arrays.sort(grams);
      int distinct = 0;
      for (int i = 0; i < grams.length; i++) {
        if (i == 0 || grams[i] != grams[i - 1]) {
          grams[distinct++] = grams[i];
        }
      }
      return Arrays.copyOf(grams, distinct);
    }
  }
}
