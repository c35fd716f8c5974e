package org.arobase.rules.calibration;

import java.util.Set;
import org.arobase.core.Category;

/**
 * What the level of one dossier depends on, computed once through the engine: its mosaïque's
 * global score, covered enjeux and axes, its category and the ceiling of its missing obligations;
 * with the level awarded, 0 when none.
 */
record Case(String code, String name, Category category, double score, int enjeux, int axes, Set<String> covered,
    int cap, int award, int engine) {

  Case {
    covered = Set.copyOf(covered);
  }

  Case withAward(int level) {
    return new Case(code, name, category, score, enjeux, axes, covered, cap, level, engine);
  }
}
