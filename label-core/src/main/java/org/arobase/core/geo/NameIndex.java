package org.arobase.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.arobase.core.CollectivityKind;
import org.arobase.core.internal.Names;

/**
 * Resolves names to collectivités in three tiers (docs/GEOGRAPHY.md): the exact key of a
 * current name, then the key of a former commune's name, then the names closest to it within
 * the typo budget. The first tier that finds anything decides; several equally good
 * candidates make the name ambiguous.
 */
final class NameIndex {

  private final Geography geography;
  /** Keys of the names of communes and of the full names of intercommunalités. */
  private final Map<String, List<OfficialCollectivity>> current = new HashMap<>();
  /** Keys of intercommunalités' names without their prefix (« Bassin d'Aurillac »). */
  private final Map<String, List<OfficialCollectivity>> epciCores = new HashMap<>();
  /** Keys of former communes' names, pointing to the commune they now belong to. */
  private final Map<String, List<OfficialCollectivity>> formers = new HashMap<>();

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
      geography.find(f.commune()).ifPresent(c -> Geography.index(formers, Names.key(f.name()), c));
    }
  }

  Resolution resolve(String name, String region) {
    String query = name == null ? "" : name;
    String key = Names.key(query);
    if (key.isEmpty()) {
      return unresolved(query, "no name given");
    }
    Predicate<OfficialCollectivity> inRegion = c -> true;
    String where = "";
    if (region != null && !region.isBlank()) {
      Optional<String> official = geography.region(region);
      if (official.isEmpty()) {
        return unresolved(query, "'" + region + "' is not a region; known: " + String.join(", ", geography.regions()));
      }
      inRegion = c -> geography.regionsOf(c).contains(official.get());
      where = " in " + official.get();
    }
    Names.Core core = Names.core(key);
    boolean epciOnly = core.type().isPresent();

    // Tier 1: the exact key of a current name.
    List<OfficialCollectivity> found = new ArrayList<>(filter(current.getOrDefault(key, List.of()), inRegion));
    if (found.isEmpty()) {
      found = preferType(filter(epciCores.getOrDefault(core.key(), List.of()), inRegion), core.type());
    }
    if (!found.isEmpty()) {
      return decide(query, found, "official name" + where, where);
    }
    // Tier 2: the name of a former commune (déléguée or associée), now part of a current one.
    if (!epciOnly) {
      found = filter(formers.getOrDefault(key, List.of()), inRegion);
      if (!found.isEmpty()) {
        return decide(query, found, "former commune « " + query.strip() + " », now part of « "
            + found.get(0).name() + " »", where);
      }
    }
    // Tier 3: a name within the typo budget.
    String probe = epciOnly ? core.key() : key;
    int budget = Names.typoBudget(probe);
    if (budget > 0) {
      Map<OfficialCollectivity, Integer> near = new LinkedHashMap<>();
      Map<String, List<OfficialCollectivity>> pool = epciOnly ? epciCores : current;
      for (Map.Entry<String, List<OfficialCollectivity>> entry : pool.entrySet()) {
        int d = Names.distance(probe, entry.getKey(), budget);
        if (d <= budget) {
          for (OfficialCollectivity c : entry.getValue()) {
            if (inRegion.test(c) && (!epciOnly || c.kind() == CollectivityKind.INTERCOMMUNALITE)) {
              near.merge(c, d, Math::min);
            }
          }
        }
      }
      if (!near.isEmpty()) {
        int closest = near.values().stream().min(Integer::compare).orElseThrow();
        List<OfficialCollectivity> close = new ArrayList<>(near.keySet().stream().filter(c -> near.get(c) == closest).toList());
        OfficialCollectivity best = close.get(0);
        return decide(query, close, "closest official name « " + best.name() + " » ("
            + closest + (closest == 1 ? " edit" : " edits") + ")" + where, where);
      }
    }
    return unresolved(query, "no commune or intercommunalité is named « " + query.strip() + " »" + where
        + (budget > 0 ? ", even allowing " + budget + (budget == 1 ? " typo" : " typos") : ""));
  }

  boolean isFormerName(String key, OfficialCollectivity commune) {
    return formers.getOrDefault(key, List.of()).contains(commune);
  }

  private static List<OfficialCollectivity> filter(List<OfficialCollectivity> list, Predicate<OfficialCollectivity> keep) {
    return list.stream().filter(keep).toList();
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
        sorted.size() + " collectivités match « " + query.strip() + " »" + where + "; give the code or the region");
  }

  private static Resolution unresolved(String query, String why) {
    return new Resolution(query, Resolution.Status.UNRESOLVED, List.of(), why);
  }
}
