package org.arobase.core.jury;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.arobase.core.Category;
import org.arobase.core.decision.Decision;

/**
 * How often and how far the jury departed from the engine: over all dossiers, by the level
 * the engine proposed, and by category; with the distribution of the differences in @ and
 * how often the mentions or distinctions awarded differ from those proposed.
 *
 * @param overall all dossiers compared
 * @param byLevel by the engine's proposed level, 1 to 5 (levels with no dossier are absent)
 * @param byCategory by category ({@code VILLAGE}, {@code VILLE}, {@code TERRITOIRE}; absent when none)
 * @param differences how many dossiers per difference award − engine, from −4 to +4 (zeros absent)
 * @param mentionsChanged dossiers whose awarded mentions differ from the engine's
 * @param distinctionsChanged dossiers whose granted distinctions differ from the engine's proposed ones
 * @param uncompared codes of the collectivités whose record has no engine proposal to compare with
 */
public record DepartureReport(
    Departures overall,
    SortedMap<Integer, Departures> byLevel,
    Map<Category, Departures> byCategory,
    SortedMap<Integer, Integer> differences,
    int mentionsChanged,
    int distinctionsChanged,
    List<String> uncompared) {

  /** Makes the maps and the list unmodifiable. */
  public DepartureReport {
    byLevel = Collections.unmodifiableSortedMap(new TreeMap<>(byLevel));
    byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
    differences = Collections.unmodifiableSortedMap(new TreeMap<>(differences));
    uncompared = List.copyOf(uncompared);
  }

  /**
   * Compares each record's award with the engine's proposal the record holds.
   *
   * @param records the jury's records
   * @return the report
   */
  public static DepartureReport of(List<JuryRecord> records) {
    return of(records, List.of());
  }

  /**
   * Compares each record's award with the engine's decision on the same dossier (matched by
   * millésime and collectivité code), or with the engine's proposal the record holds when no
   * decision is given for it.
   *
   * @param records the jury's records
   * @param decisions the engine's decisions
   * @return the report
   */
  public static DepartureReport of(List<JuryRecord> records, List<Decision> decisions) {
    Map<String, Decision> byKey = new HashMap<>();
    decisions.forEach(d -> byKey.putIfAbsent(Awards.key(d), d));
    int[] all = new int[records.size()];
    int size = 0;
    Map<Integer, List<Integer>> levels = new TreeMap<>();
    Map<Category, List<Integer>> categories = new EnumMap<>(Category.class);
    Map<Integer, Integer> differences = new TreeMap<>();
    int mentionsChanged = 0;
    int distinctionsChanged = 0;
    List<String> uncompared = new ArrayList<>();
    for (JuryRecord r : records) {
      Optional<Decision> decision = Optional.ofNullable(byKey.get(Awards.key(r)));
      Optional<Proposal> engine = decision.map(Proposal::of).or(r::engine);
      if (engine.isEmpty()) {
        uncompared.add(r.collectivity().code());
        continue;
      }
      Proposal e = engine.get();
      int difference = r.award().arobases() - e.arobases();
      all[size++] = difference;
      levels.computeIfAbsent(e.arobases(), k -> new ArrayList<>()).add(difference);
      Category category = decision.map(d -> d.collectivity().category()).orElse(r.collectivity().category());
      if (category != null) {
        categories.computeIfAbsent(category, k -> new ArrayList<>()).add(difference);
      }
      if (difference != 0) {
        differences.merge(difference, 1, Integer::sum);
      }
      if (!new HashSet<>(r.award().mentions()).equals(new HashSet<>(e.mentions()))) {
        mentionsChanged++;
      }
      if (!new HashSet<>(r.award().distinctions()).equals(new HashSet<>(e.distinctions()))) {
        distinctionsChanged++;
      }
    }
    SortedMap<Integer, Departures> byLevel = new TreeMap<>();
    levels.forEach((level, list) -> byLevel.put(level, summary(list)));
    Map<Category, Departures> byCategory = new EnumMap<>(Category.class);
    categories.forEach((category, list) -> byCategory.put(category, summary(list)));
    return new DepartureReport(Departures.of(all, size), byLevel, byCategory, new TreeMap<>(differences),
        mentionsChanged, distinctionsChanged, uncompared);
  }

  private static Departures summary(List<Integer> list) {
    return Departures.of(list.stream().mapToInt(Integer::intValue).toArray(), list.size());
  }
}
