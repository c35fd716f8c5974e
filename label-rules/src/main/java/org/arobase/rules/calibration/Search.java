package org.arobase.rules.calibration;

import java.util.List;

/**
 * Coordinate descent over rounded values: each criterion of each level in turn takes the value
 * (scores in whole percents, counts as integers, the base value too) that best reproduces the
 * awards, the neighbouring levels moved so that no threshold decreases; until no move helps.
 * Fewer awards missed first, then fewer arobases of difference, then the nearest to the base.
 */
final class Search {

  private static final int MAX_ROUNDS = 50;
  private static final int MAX_ENJEUX = 16;
  private static final int MAX_AXES = 4;

  private Search() {}

  /** The cost of a grid on some dossiers: compared in that order. */
  record Cost(int missed, int arobases, double distance) implements Comparable<Cost> {
    @Override
    public int compareTo(Cost o) {
      int c = Integer.compare(missed, o.missed);
      if (c == 0) {
        c = Integer.compare(arobases, o.arobases);
      }
      return c != 0 ? c : Double.compare(distance, o.distance);
    }
  }

  /**
   * @param base the criteria of one category to start from and to prefer
   * @param cases the awarded dossiers of that category
   * @return the criteria that best reproduce their awards
   */
  static Grid fit(Grid base, List<Case> cases) {
    if (cases.isEmpty()) {
      return base;
    }
    Grid current = base;
    Cost cost = cost(current, base, cases);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean moved = false;
      for (int c = 0; c < 3; c++) {
        for (int i = 3; i >= 0; i--) {
          Grid best = current;
          Cost bestCost = cost;
          for (double v : candidates(c, base.get(c, i))) {
            if (v == current.get(c, i)) {
              continue;
            }
            Grid g = current.with(c, i, v);
            Cost k = cost(g, base, cases);
            if (k.compareTo(bestCost) < 0) {
              best = g;
              bestCost = k;
            }
          }
          if (best != current) {
            current = best;
            cost = bestCost;
            moved = true;
          }
        }
      }
      if (!moved) {
        break;
      }
    }
    return current;
  }

  private static double[] candidates(int criterion, double base) {
    int max = criterion == 0 ? 100 : criterion == 1 ? MAX_ENJEUX : MAX_AXES;
    double[] out = new double[max + 2];
    for (int v = 0; v <= max; v++) {
      out[v] = criterion == 0 ? v / 100.0 : v;
    }
    out[max + 1] = base;
    return out;
  }

  static Cost cost(Grid g, Grid base, List<Case> cases) {
    int missed = 0;
    int arobases = 0;
    for (Case d : cases) {
      int diff = Math.abs(g.level(d) - d.award());
      if (diff != 0) {
        missed++;
        arobases += diff;
      }
    }
    double distance = 0;
    for (int i = 0; i < 4; i++) {
      distance += Math.abs(g.score[i] - base.score[i]) * 100 + Math.abs(g.enjeux[i] - base.enjeux[i])
          + Math.abs(g.axes[i] - base.axes[i]);
    }
    return new Cost(missed, arobases, distance);
  }
}
