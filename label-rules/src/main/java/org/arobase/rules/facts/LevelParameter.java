package org.arobase.rules.facts;

import java.util.List;
import org.arobase.core.Category;

/**
 * The criteria of one level for one category (parameter fact).
 *
 * @param level 2 to 5
 * @param category the category
 * @param minScore the least global score, 0 to 1
 * @param minEnjeux the least number of covered enjeux
 * @param minAxes the least number of covered axes
 * @param requiredEnjeux enjeux that must be covered
 */
public record LevelParameter(
    int level, Category category, double minScore, int minEnjeux, int minAxes, List<String> requiredEnjeux) {

  /** Copies the list. */
  public LevelParameter {
    requiredEnjeux = List.copyOf(requiredEnjeux);
  }
}
