package org.arobase.rules.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arobase.rules.facts.LevelParameter;

/**
 * What a calibration found.
 *
 * @param edition the millésime
 * @param dossiers the awarded dossiers calibrated on
 * @param unawarded the dossiers read without an award, left out
 * @param folds the folds of the cross-validation
 * @param seed the seed that shared the dossiers out among the folds
 * @param base how well the base parameters reproduce the awards
 * @param agreement how well the calibrated parameters reproduce the awards they were calibrated on
 * @param crossValidated how well parameters calibrated without a dossier reproduce its award, over
 *     every fold: the figure to expect on new dossiers
 * @param confusion 5 × 5 counts of the awarded dossiers: row {@code a - 1} is the level awarded,
 *     column {@code p - 1} the level the calibrated parameters give
 * @param changes the parameters changed, old and new, in the order of the file
 * @param warnings reasons to trust the result less (too few dossiers)
 * @param levels the calibrated level criteria
 * @param parameters the text of the calibrated parameters file, as
 *     {@link org.arobase.rules.LabelEngine.Builder#parameters(Path)} reads it
 */
public record CalibrationResult(int edition, int dossiers, int unawarded, int folds, long seed, Agreement base,
    Agreement agreement, Agreement crossValidated, List<List<Integer>> confusion, List<Change> changes,
    List<CalibrationWarning> warnings, List<LevelParameter> levels, String parameters) {

  /** Copies the lists. */
  public CalibrationResult {
    confusion = confusion.stream().map(List::copyOf).toList();
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
    levels = List.copyOf(levels);
  }

  /**
   * Writes the calibrated parameters file (UTF-8).
   *
   * @param file the file
   * @throws IOException when it cannot be written
   */
  public void write(Path file) throws IOException {
    Files.writeString(file, parameters, StandardCharsets.UTF_8);
  }
}
