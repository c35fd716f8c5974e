package org.arobase.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for « did you mean … ? » messages. */
final class Names {

  private Names() {}

  /**
   * @param wrong the name found
   * @param known the names allowed
   * @return the closest allowed name, when close enough to be a likely typo
   */
  static Optional<String> closest(String wrong, Collection<String> known) {
    String w = wrong.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(w, candidate.toLowerCase(Locale.ROOT), bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    // A third of the name may be wrong, at least two edits: « initiatves », « colectivity ».
    int tolerance = Math.max(2, wrong.length() / 3);
    return best != null && bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance, giving up (returning {@code bound}) on names far too long to compare. */
  private static int distance(String a, String b, int bound) {
    if (a.length() > 200 || b.length() > 200 || Math.abs(a.length() - b.length()) >= bound) {
      return bound;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
