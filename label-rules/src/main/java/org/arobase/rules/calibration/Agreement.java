package org.arobase.rules.calibration;

/**
 * How well levels reproduce the awards.
 *
 * @param dossiers the awarded dossiers compared
 * @param exact the fraction, 0 to 1, whose level is the one awarded
 * @param withinOne the fraction whose level is within one arobase of the one awarded
 */
public record Agreement(int dossiers, double exact, double withinOne) {

  static Agreement of(int[] predicted, int[] awarded) {
    int exact = 0;
    int within = 0;
    for (int i = 0; i < predicted.length; i++) {
      int diff = Math.abs(predicted[i] - awarded[i]);
      exact += diff == 0 ? 1 : 0;
      within += diff <= 1 ? 1 : 0;
    }
    int n = predicted.length;
    return new Agreement(n, n == 0 ? 0 : exact / (double) n, n == 0 ? 0 : within / (double) n);
  }
}
