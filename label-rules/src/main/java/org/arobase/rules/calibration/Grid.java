package org.arobase.rules.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.arobase.core.Category;
import org.arobase.rules.facts.LevelParameter;

/**
 * The level criteria of one category, levels 2 to 5 at indices 0 to 3, and the level they give a
 * dossier with exactly the semantics of level.drl: the highest level whose criteria and those of
 * every level below hold, 1@ at least, under the ceiling of the missing obligations.
 */
final class Grid {

  static final String[] CRITERIA = {"minScore", "minEnjeux", "minAxes"};

  final Category category;
  final double[] score = new double[4];
  final int[] enjeux = new int[4];
  final int[] axes = new int[4];
  final List<List<String>> required = new ArrayList<>();

  private Grid(Category category) {
    this.category = category;
  }

  static Grid of(Category category, List<LevelParameter> levels) {
    Grid g = new Grid(category);
    for (int i = 0; i < 4; i++) {
      g.required.add(List.of());
    }
    for (LevelParameter p : levels) {
      if (p.category() == category) {
        int i = p.level() - 2;
        g.score[i] = p.minScore();
        g.enjeux[i] = p.minEnjeux();
        g.axes[i] = p.minAxes();
        g.required.set(i, p.requiredEnjeux());
      }
    }
    return g;
  }

  Grid copy() {
    Grid g = new Grid(category);
    System.arraycopy(score, 0, g.score, 0, 4);
    System.arraycopy(enjeux, 0, g.enjeux, 0, 4);
    System.arraycopy(axes, 0, g.axes, 0, 4);
    g.required.addAll(required);
    return g;
  }

  /** @return criterion c (0 score in hundredths, 1 enjeux, 2 axes) of level index i, as a number */
  double get(int c, int i) {
    return switch (c) {
      case 0 -> score[i];
      case 1 -> enjeux[i];
      default -> axes[i];
    };
  }

  void set(int c, int i, double v) {
    switch (c) {
      case 0 -> score[i] = v;
      case 1 -> enjeux[i] = (int) v;
      default -> axes[i] = (int) v;
    }
  }

  /**
   * Sets criterion c of level index i and moves the other levels just enough that no threshold
   * decreases from one level to the next.
   */
  Grid with(int c, int i, double v) {
    Grid g = copy();
    g.set(c, i, v);
    for (int j = i + 1; j < 4; j++) {
      g.set(c, j, Math.max(g.get(c, j), v));
    }
    for (int j = 0; j < i; j++) {
      g.set(c, j, Math.min(g.get(c, j), v));
    }
    return g;
  }

  /** @return whether no threshold decreases from one level to the next */
  boolean monotonic() {
    for (int c = 0; c < 3; c++) {
      for (int i = 1; i < 4; i++) {
        if (get(c, i) < get(c, i - 1)) {
          return false;
        }
      }
    }
    return true;
  }

  /** @return the level the criteria give the dossier, as the engine's level.drl decides it */
  int level(Case d) {
    return level(d.score(), d.enjeux(), d.axes(), d.covered(), d.cap());
  }

  int level(double s, int e, int a, Set<String> covered, int cap) {
    int high = 1;
    for (int i = 0; i < 4; i++) {
      if (s >= score[i] && e >= enjeux[i] && a >= axes[i] && covered.containsAll(required.get(i))) {
        high = i + 2;
      } else {
        break;
      }
    }
    return Math.max(1, Math.min(high, cap));
  }

  /** @return the criteria as parameter facts */
  List<LevelParameter> parameters() {
    List<LevelParameter> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      out.add(new LevelParameter(i + 2, category, score[i], enjeux[i], axes[i], required.get(i)));
    }
    return out;
  }

  @Override
  public String toString() {
    return category + " " + Arrays.toString(score) + " " + Arrays.toString(enjeux) + " " + Arrays.toString(axes);
  }
}
