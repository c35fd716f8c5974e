package org.arobase.core.jury;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The search behind {@link JuryPlanner}: pairings of the jurors are enumerated best first
 * (the most constrained juror first, each with the partner sharing the most dossiers), and
 * for each pairing the dossiers are shared out by a depth-first search whose first path is
 * the greedy plan (the most constrained dossier first, to the least loaded binôme).
 *
 * <p>A first pass tries a few pairings with a small budget each; a second pass is complete:
 * it prunes only branches that cannot lead to a plan (a dossier no remaining pairing can
 * cover; workloads that can no longer come within the bound; binômes that are
 * interchangeable), so it finds a plan whenever one exists, unless the global step limit
 * is reached first.
 */
final class PlanSearch {

  private static final int FIRST_PASS_PAIRINGS = 64;
  private static final long FIRST_PASS_STEPS = 4_096;

  private final List<Juror> jurors;
  private final List<PlannedDossier> dossiers;
  private final long seed;
  private final long limit;
  private final int n;
  private final int m;
  private final boolean[][] free;
  private final int[] weight;
  private final int bound;
  private final int[] dossierRank;
  private final int[] jurorOrder;
  private final int[][] partners;

  private long steps;
  private boolean limitReached;
  private boolean coveringSeen;
  private int bestSpread = Integer.MAX_VALUE;

  // State of the pairing enumeration.
  private boolean[] used;
  private int[][] pairs;
  private int leftOut;
  private int[] covered;
  private int pairingsTried;

  // The plan found.
  private int[][] foundPairs;
  private int foundLeftOut = -1;
  private int[] foundAssignment;

  PlanSearch(List<Juror> jurors, List<PlannedDossier> dossiers, long seed, long limit) {
    this.jurors = List.copyOf(jurors);
    this.dossiers = List.copyOf(dossiers);
    this.seed = seed;
    this.limit = limit;
    this.n = jurors.size();
    this.m = dossiers.size();
    this.free = new boolean[m][n];
    this.weight = new int[m];
    int max = 0;
    for (int d = 0; d < m; d++) {
      PlannedDossier dossier = dossiers.get(d);
      weight[d] = dossier.initiatives();
      max = Math.max(max, weight[d]);
      for (int j = 0; j < n; j++) {
        free[d][j] = !jurors.get(j).conflictsWith(dossier);
      }
    }
    this.bound = max;
    SplittableRandom random = new SplittableRandom(seed);
    int[] jurorRank = permutation(n, random);
    this.dossierRank = permutation(m, random);
    long[] openness = new long[n];
    for (int j = 0; j < n; j++) {
      for (int d = 0; d < m; d++) {
        openness[j] += free[d][j] ? weight[d] + 1L : 0;
      }
    }
    this.jurorOrder = IntStream.range(0, n).boxed()
        .sorted(Comparator.<Integer>comparingLong(j -> openness[j]).thenComparingInt(j -> jurorRank[j]))
        .mapToInt(Integer::intValue).toArray();
    this.partners = new int[n][];
    for (int a = 0; a < n; a++) {
      final int first = a;
      long[] shared = new long[n];
      for (int b = 0; b < n; b++) {
        for (int d = 0; d < m; d++) {
          shared[b] += free[d][first] && free[d][b] ? weight[d] + 1L : 0;
        }
      }
      partners[a] = IntStream.range(0, n).filter(b -> b != first).boxed()
          .sorted(Comparator.<Integer>comparingLong(b -> -shared[b]).thenComparingInt(b -> jurorRank[b]))
          .mapToInt(Integer::intValue).toArray();
    }
  }

  private static int[] permutation(int size, SplittableRandom random) {
    int[] p = IntStream.range(0, size).toArray();
    for (int i = size - 1; i > 0; i--) {
      int k = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[k];
      p[k] = t;
    }
    return p;
  }

  Optional<JuryPlan> run() {
    if (enumerate(FIRST_PASS_PAIRINGS, FIRST_PASS_STEPS) || (!limitReached && enumerate(Integer.MAX_VALUE, Long.MAX_VALUE))) {
      return Optional.of(build());
    }
    return Optional.empty();
  }

  boolean limitReached() {
    return limitReached;
  }

  long limit() {
    return limit;
  }

  boolean coveringPairingSeen() {
    return coveringSeen;
  }

  int bestSpread() {
    return bestSpread;
  }

  private boolean enumerate(int maxPairings, long stepsPerPairing) {
    used = new boolean[n];
    pairs = new int[n / 2][];
    leftOut = -1;
    covered = new int[m];
    pairingsTried = 0;
    return pair(0, maxPairings, stepsPerPairing);
  }

  private boolean pair(int depth, int maxPairings, long stepsPerPairing) {
    if (limitReached || pairingsTried >= maxPairings) {
      return false;
    }
    if (++steps > limit) {
      limitReached = true;
      return false;
    }
    int first = -1;
    for (int j : jurorOrder) {
      if (!used[j]) {
        first = j;
        break;
      }
    }
    if (first < 0) {
      pairingsTried++;
      return assign(depth, stepsPerPairing);
    }
    if (!coverable()) {
      return false;
    }
    used[first] = true;
    if (n % 2 == 1 && leftOut < 0) {
      leftOut = first;
      if (pair(depth, maxPairings, stepsPerPairing)) {
        return true;
      }
      leftOut = -1;
    }
    for (int b : partners[first]) {
      if (used[b]) {
        continue;
      }
      used[b] = true;
      pairs[depth] = new int[] {first, b};
      cover(first, b, 1);
      if (pair(depth + 1, maxPairings, stepsPerPairing)) {
        return true;
      }
      cover(first, b, -1);
      used[b] = false;
      if (limitReached || pairingsTried >= maxPairings) {
        break;
      }
    }
    used[first] = false;
    return false;
  }

  private void cover(int a, int b, int delta) {
    for (int d = 0; d < m; d++) {
      if (free[d][a] && free[d][b]) {
        covered[d] += delta;
      }
    }
  }

  /** Whether every dossier not yet covered by a binôme still has two free jurors left to pair. */
  private boolean coverable() {
    for (int d = 0; d < m; d++) {
      if (covered[d] > 0) {
        continue;
      }
      int count = 0;
      for (int j = 0; j < n && count < 2; j++) {
        if (!used[j] && free[d][j]) {
          count++;
        }
      }
      if (count < 2) {
        return false;
      }
    }
    return true;
  }

  /** Shares out the dossiers among the binômes of the current pairing. */
  private boolean assign(int k, long stepsPerPairing) {
    boolean[][] compat = new boolean[k][m];
    int[] options = new int[m];
    for (int b = 0; b < k; b++) {
      for (int d = 0; d < m; d++) {
        compat[b][d] = free[d][pairs[b][0]] && free[d][pairs[b][1]];
        options[d] += compat[b][d] ? 1 : 0;
      }
    }
    for (int d = 0; d < m; d++) {
      if (options[d] == 0) {
        return false;
      }
    }
    coveringSeen = true;
    // Binômes with the same compatibilities are interchangeable when their loads are equal.
    int[] kind = new int[k];
    Map<String, Integer> kinds = new HashMap<>();
    for (int b = 0; b < k; b++) {
      kind[b] = kinds.computeIfAbsent(Arrays.toString(compat[b]), s -> kinds.size());
    }
    int[] order = IntStream.range(0, m).boxed()
        .sorted(Comparator.<Integer>comparingInt(d -> options[d])
            .thenComparingInt(d -> -weight[d])
            .thenComparingInt(d -> dossierRank[d]))
        .mapToInt(Integer::intValue).toArray();
    long[] loads = new long[k];
    long[] remaining = new long[k];
    long[] exclusive = new long[k];
    long total = 0;
    for (int d = 0; d < m; d++) {
      total += weight[d];
      for (int b = 0; b < k; b++) {
        remaining[b] += compat[b][d] ? weight[d] : 0;
        exclusive[b] += compat[b][d] && options[d] == 1 ? weight[d] : 0;
      }
    }
    // Whatever the sharing, the heaviest binôme carries at least the mean and the lightest at most.
    long meanCeiling = k == 0 ? 0 : (total + k - 1) / k;
    long meanFloor = k == 0 ? 0 : total / k;
    int[] assignment = new int[m];
    int[][] candidates = new int[m][];
    int[] next = new int[m];
    long local = 0;
    int depth = 0;
    boolean entering = true;
    while (true) {
      if (entering) {
        if (depth == m) {
          long spread = spread(loads);
          if (spread <= bound) {
            improve(compat, assignment, loads);
            foundPairs = Arrays.copyOf(pairs, k);
            foundLeftOut = leftOut;
            foundAssignment = assignment;
            return true;
          }
          bestSpread = (int) Math.min(bestSpread, spread);
          if (--depth < 0) {
            return false;
          }
          entering = false;
          continue;
        }
        if (!promising(loads, remaining, exclusive, meanCeiling, meanFloor)) {
          if (--depth < 0) {
            return false;
          }
          entering = false;
          continue;
        }
        int d = order[depth];
        candidates[depth] = candidates(d, compat, kind, loads);
        next[depth] = 0;
        for (int b = 0; b < k; b++) {
          remaining[b] -= compat[b][d] ? weight[d] : 0;
          exclusive[b] -= compat[b][d] && options[d] == 1 ? weight[d] : 0;
        }
      } else {
        int d = order[depth];
        loads[assignment[d]] -= weight[d];
      }
      int d = order[depth];
      if (next[depth] < candidates[depth].length) {
        if (++steps > limit) {
          limitReached = true;
          return false;
        }
        if (++local > stepsPerPairing) {
          return false;
        }
        int b = candidates[depth][next[depth]++];
        assignment[d] = b;
        loads[b] += weight[d];
        depth++;
        entering = true;
      } else {
        for (int b = 0; b < k; b++) {
          remaining[b] += compat[b][d] ? weight[d] : 0;
          exclusive[b] += compat[b][d] && options[d] == 1 ? weight[d] : 0;
        }
        if (--depth < 0) {
          return false;
        }
        entering = false;
      }
    }
  }

  /**
   * Evens out the workloads of a plan found: moves a dossier, or swaps two, between a heavier
   * and a lighter binôme while that narrows the gap between them. Each step lowers the sum of
   * the squared loads and keeps both loads within their former range, so the spread never grows.
   */
  private void improve(boolean[][] compat, int[] assignment, long[] loads) {
    int k = loads.length;
    for (int pass = 0; pass < 10_000; pass++) {
      boolean better = false;
      for (int a = 0; a < k && !better; a++) {
        for (int b = 0; b < k && !better; b++) {
          long gap = loads[a] - loads[b];
          if (gap <= 1) {
            continue;
          }
          better = move(compat, assignment, loads, a, b, gap) || swap(compat, assignment, loads, a, b, gap);
        }
      }
      if (!better) {
        return;
      }
    }
  }

  private boolean move(boolean[][] compat, int[] assignment, long[] loads, int from, int to, long gap) {
    for (int d = 0; d < m; d++) {
      if (assignment[d] == from && compat[to][d] && weight[d] > 0 && weight[d] < gap) {
        assignment[d] = to;
        loads[from] -= weight[d];
        loads[to] += weight[d];
        return true;
      }
    }
    return false;
  }

  private boolean swap(boolean[][] compat, int[] assignment, long[] loads, int from, int to, long gap) {
    // The lighter binôme's dossiers that the heavier may take, by weight, to find a partner by search.
    int[] partners = IntStream.range(0, m).filter(e -> assignment[e] == to && compat[from][e]).boxed()
        .sorted(Comparator.comparingInt(e -> weight[e])).mapToInt(Integer::intValue).toArray();
    if (partners.length == 0) {
      return false;
    }
    for (int d = 0; d < m; d++) {
      if (assignment[d] != from || !compat[to][d]) {
        continue;
      }
      // The lightest partner heavier than weight[d] − gap; the swap helps when it is lighter than d.
      int low = 0;
      int high = partners.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (weight[partners[mid]] > weight[d] - gap) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      if (low < partners.length && weight[partners[low]] < weight[d]) {
        int e = partners[low];
        long delta = (long) weight[d] - weight[e];
        assignment[d] = to;
        assignment[e] = from;
        loads[from] -= delta;
        loads[to] += delta;
        return true;
      }
    }
    return false;
  }

  private static long spread(long[] loads) {
    long min = Long.MAX_VALUE;
    long max = 0;
    for (long load : loads) {
      min = Math.min(min, load);
      max = Math.max(max, load);
    }
    return loads.length == 0 ? 0 : max - min;
  }

  /**
   * Whether the workloads can still end within the bound. The heaviest final workload is at
   * least the mean and at least any binôme's load plus the dossiers only it may take; the
   * lightest is at most the mean and at most any binôme's load plus every dossier it may take.
   */
  private boolean promising(long[] loads, long[] remaining, long[] exclusive, long meanCeiling, long meanFloor) {
    long heaviest = meanCeiling;
    long lightest = meanFloor;
    for (int b = 0; b < loads.length; b++) {
      heaviest = Math.max(heaviest, loads[b] + exclusive[b]);
      lightest = Math.min(lightest, loads[b] + remaining[b]);
    }
    return heaviest - lightest <= bound;
  }

  /** The binômes that may take a dossier, least loaded first, one of each set of interchangeable ones. */
  private static int[] candidates(int d, boolean[][] compat, int[] kind, long[] loads) {
    List<Integer> list = new ArrayList<>();
    for (int b = 0; b < compat.length; b++) {
      if (compat[b][d]) {
        list.add(b);
      }
    }
    list.sort(Comparator.<Integer>comparingLong(b -> loads[b]).thenComparingInt(b -> b));
    List<Integer> distinct = new ArrayList<>();
    for (int b : list) {
      boolean twin = distinct.stream().anyMatch(c -> kind[c] == kind[b] && loads[c] == loads[b]);
      if (!twin) {
        distinct.add(b);
      }
    }
    return distinct.stream().mapToInt(Integer::intValue).toArray();
  }

  private JuryPlan build() {
    List<int[]> binomes = new ArrayList<>();
    for (int[] p : foundPairs) {
      binomes.add(new int[] {Math.min(p[0], p[1]), Math.max(p[0], p[1])});
    }
    List<Integer> byFirst = IntStream.range(0, binomes.size()).boxed()
        .sorted(Comparator.comparingInt(b -> binomes.get(b)[0])).toList();
    List<Assignment> assignments = new ArrayList<>();
    for (int b : byFirst) {
      int[] p = binomes.get(b);
      int original = indexOfPair(p);
      List<PlannedDossier> mine = new ArrayList<>();
      for (int d = 0; d < m; d++) {
        if (foundAssignment[d] == original) {
          mine.add(dossiers.get(d));
        }
      }
      assignments.add(new Assignment(new Binome(jurors.get(p[0]), jurors.get(p[1])), mine));
    }
    Optional<Juror> unpaired = foundLeftOut < 0 ? Optional.empty() : Optional.of(jurors.get(foundLeftOut));
    return new JuryPlan(assignments, unpaired, seed);
  }

  private int indexOfPair(int[] sorted) {
    for (int b = 0; b < foundPairs.length; b++) {
      int[] p = foundPairs[b];
      if (Math.min(p[0], p[1]) == sorted[0] && Math.max(p[0], p[1]) == sorted[1]) {
        return b;
      }
    }
    throw new IllegalStateException("pair not found");
  }
}
