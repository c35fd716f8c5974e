package org.arobase.core.jury;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.arobase.core.Dossier;

/**
 * Plans the jury's work: pairs the jurors into binômes and gives every dossier to exactly
 * one binôme, so that no juror studies a dossier they declared a conflict with (its
 * collectivité, département or region) and the binômes' workloads (initiatives to read)
 * differ by at most the initiatives of the largest single dossier.
 *
 * <p>The jurors are paired so that each binôme may take as many dossiers as possible; when
 * the first pairing and sharing do not meet the rules, the planner searches every other
 * pairing and sharing, so that a plan is found whenever one exists (within a search limit
 * that only very large, very constrained juries reach). With an odd number of jurors, one is
 * left out as a reserve ({@link JuryPlan#unpaired()}).
 *
 * <p>The same jurors, dossiers and seed give the same plan; another seed may draw another
 * plan among the equally good ones.
 */
public final class JuryPlanner {

  /** The default number of search steps before the planner gives up. */
  public static final long DEFAULT_SEARCH_LIMIT = 20_000_000L;

  private JuryPlanner() {}

  /**
   * @param jurors the jury, at least two members with distinct ids
   * @param dossiers the dossiers to study, with distinct keys
   * @param seed any number; it breaks ties between equally good plans
   * @return a plan that meets the rules
   * @throws JuryPlanException if the input is not valid or no plan meets the rules, saying why
   */
  public static JuryPlan plan(List<Juror> jurors, List<PlannedDossier> dossiers, long seed) {
    return plan(jurors, dossiers, seed, DEFAULT_SEARCH_LIMIT);
  }

  /**
   * @param jurors the jury, at least two members with distinct ids
   * @param dossiers the dossiers to study, with distinct keys
   * @param seed any number; it breaks ties between equally good plans
   * @param searchLimit the most search steps before giving up, at least 1
   * @return a plan that meets the rules
   * @throws JuryPlanException if the input is not valid or no plan meets the rules, saying why
   */
  public static JuryPlan plan(List<Juror> jurors, List<PlannedDossier> dossiers, long seed, long searchLimit) {
    Objects.requireNonNull(jurors, "jurors");
    Objects.requireNonNull(dossiers, "dossiers");
    if (searchLimit < 1) {
      throw new IllegalArgumentException("search limit " + searchLimit + " is not positive");
    }
    checkJurors(jurors);
    checkDossiers(dossiers);
    checkCoverable(jurors, dossiers);
    PlanSearch search = new PlanSearch(jurors, dossiers, seed, searchLimit);
    return search.run().orElseThrow(() -> failure(search, jurors, dossiers));
  }

  /**
   * Plans dossiers named by their collectivité's code.
   *
   * @param jurors the jury
   * @param dossiers the dossiers, of distinct collectivités
   * @param seed any number
   * @return a plan that meets the rules
   * @throws JuryPlanException if the input is not valid or no plan meets the rules
   */
  public static JuryPlan planDossiers(List<Juror> jurors, List<Dossier> dossiers, long seed) {
    return plan(jurors, dossiers.stream().map(PlannedDossier::of).toList(), seed);
  }

  private static void checkJurors(List<Juror> jurors) {
    if (jurors.size() < 2) {
      throw new JuryPlanException(JuryPlanException.TOO_FEW_JURORS,
          List.of("a binôme needs two jurors; the jury has " + jurors.size()));
    }
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < jurors.size(); i++) {
      String id = jurors.get(i).id();
      if (id.isBlank()) {
        problems.add("juror " + i + " has a blank id");
      } else if (!seen.add(id)) {
        problems.add("juror " + i + " repeats the id " + id);
      }
    }
    if (!problems.isEmpty()) {
      throw new JuryPlanException(JuryPlanException.JUROR_ID_INVALID, problems);
    }
  }

  private static void checkDossiers(List<PlannedDossier> dossiers) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PlannedDossier d : dossiers) {
      if (!seen.add(d.key())) {
        problems.add("dossier " + d.key() + " is given twice");
      }
    }
    if (!problems.isEmpty()) {
      throw new JuryPlanException(JuryPlanException.DOSSIER_DUPLICATE, problems);
    }
  }

  /** A dossier with fewer than two jurors free of conflict can go to no binôme, however they pair. */
  private static void checkCoverable(List<Juror> jurors, List<PlannedDossier> dossiers) {
    List<String> problems = new ArrayList<>();
    for (PlannedDossier d : dossiers) {
      Map<String, List<String>> byReason = new LinkedHashMap<>();
      List<String> free = new ArrayList<>();
      for (Juror j : jurors) {
        Optional<String> why = j.conflicts().concerning(d);
        if (why.isPresent()) {
          byReason.computeIfAbsent(why.get(), k -> new ArrayList<>()).add(j.id());
        } else {
          free.add(j.id());
        }
      }
      if (free.size() < 2) {
        List<String> reasons = new ArrayList<>();
        byReason.forEach((why, ids) -> reasons.add(why + ": " + String.join(", ", ids)));
        problems.add("dossier " + d.label() + ": every binôme has a juror in conflict ("
            + String.join("; ", reasons) + ")"
            + (free.isEmpty() ? "" : "; only " + free.get(0) + " is free of conflict"));
      }
    }
    if (!problems.isEmpty()) {
      throw new JuryPlanException(JuryPlanException.DOSSIER_UNCOVERABLE, problems);
    }
  }

  private static JuryPlanException failure(PlanSearch search, List<Juror> jurors, List<PlannedDossier> dossiers) {
    int bound = dossiers.stream().mapToInt(PlannedDossier::initiatives).max().orElse(0);
    if (search.limitReached()) {
      return new JuryPlanException(JuryPlanException.SEARCH_LIMIT, List.of(
          "no plan found within the search limit of " + search.limit() + " steps for " + jurors.size()
              + " jurors and " + dossiers.size() + " dossiers; declare fewer conflicts, add jurors or raise the limit"));
    }
    if (!search.coveringPairingSeen()) {
      List<PlannedDossier> tight = new ArrayList<>(dossiers);
      tight.sort((a, b) -> Integer.compare(freeJurors(jurors, a).size(), freeJurors(jurors, b).size()));
      List<String> details = tight.stream().limit(3)
          .map(d -> "dossier " + d.label() + " can only go to a binôme of " + String.join(", ", freeJurors(jurors, d)))
          .toList();
      return new JuryPlanException(JuryPlanException.NO_PAIRING, List.of(
          "no pairing of the " + jurors.size() + " jurors gives every dossier a binôme free of conflict: "
              + String.join("; ", details)));
    }
    String best = search.bestSpread() == Integer.MAX_VALUE ? ""
        : " (the smallest spread found is " + search.bestSpread() + ")";
    return new JuryPlanException(JuryPlanException.UNBALANCED, List.of(
        "every pairing and sharing that respects the conflicts leaves the binômes' workloads more than "
            + bound + " initiatives apart, the size of the largest dossier" + best + bottleneck(jurors, dossiers)));
  }

  /**
   * The heaviest set of dossiers that only one binôme can take (their free jurors are two or
   * three), against the mean workload; empty when there is none.
   */
  private static String bottleneck(List<Juror> jurors, List<PlannedDossier> dossiers) {
    Map<List<String>, int[]> groups = new LinkedHashMap<>();
    for (PlannedDossier d : dossiers) {
      List<String> free = freeJurors(jurors, d);
      if (free.size() <= 3) {
        int[] g = groups.computeIfAbsent(free, k -> new int[2]);
        g[0]++;
        g[1] += d.initiatives();
      }
    }
    long total = dossiers.stream().mapToLong(PlannedDossier::initiatives).sum();
    return groups.entrySet().stream().max(java.util.Comparator.comparingInt(e -> e.getValue()[1]))
        .map(e -> "; " + e.getValue()[0] + " dossier" + (e.getValue()[0] > 1 ? "s" : "") + " ("
            + e.getValue()[1] + " initiatives) can only go to a binôme of " + String.join(", ", e.getKey())
            + ", while the mean workload is " + Math.round((double) total / (jurors.size() / 2)) + " initiatives")
        .orElse("; the conflicts leave too few binômes for some dossiers");
  }

  private static List<String> freeJurors(List<Juror> jurors, PlannedDossier d) {
    return jurors.stream().filter(j -> !j.conflictsWith(d)).map(Juror::id).toList();
  }
}
