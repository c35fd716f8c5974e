package org.arobase.rules.calibration;

import java.util.Optional;
import org.arobase.core.Category;

/**
 * A reason to trust the calibration less.
 *
 * @param kind what is wrong
 * @param category the category concerned, if one
 * @param count the dossiers concerned
 * @param least the fewest that would be enough to say something
 */
public record CalibrationWarning(Kind kind, Optional<Category> category, int count, int least) {

  /** What is wrong. */
  public enum Kind {
    /** Too few awarded dossiers in all: the grid and its agreement say little. */
    TOO_FEW_DOSSIERS,
    /** Too few awarded dossiers of a category: its criteria stay near the base. */
    TOO_FEW_IN_CATEGORY
  }

  /** @return the warning in English words */
  public String message() {
    return switch (kind) {
      case TOO_FEW_DOSSIERS -> "only " + count + " awarded dossiers: at least " + least
          + " are needed for the grid and its agreement to say anything";
      case TOO_FEW_IN_CATEGORY -> "only " + count + " awarded dossiers of the category " + category.orElseThrow()
          + ": at least " + least + " are needed to calibrate its criteria";
    };
  }
}
