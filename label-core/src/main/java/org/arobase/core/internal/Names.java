package org.arobase.core.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How names of places are compared: a key that ignores accents, case and punctuation, reads
 * « St » as « Saint », and knows the prefixes of intercommunalités. Documented in
 * docs/GEOGRAPHY.md.
 */
public final class Names {

  /** A name stripped of its intercommunal prefix, with the EPCI type the prefix names. */
  public record Core(String key, Optional<String> type) {}

  private static final Map<String, String> ABBREVIATIONS = Map.of(
      "st", "saint", "ste", "sainte", "sts", "saints", "stes", "saintes");

  /** Prefixes of intercommunalités, as normalized keys, longest first, with the type they name. */
  private static final List<Map.Entry<String, String>> PREFIXES = List.of(
      Map.entry("communaute d agglomeration", "CA"),
      Map.entry("communaute de communes", "CC"),
      Map.entry("communaute des communes", "CC"),
      Map.entry("communaute urbaine", "CU"),
      Map.entry("communaute d agglo", "CA"),
      Map.entry("agglomeration", "CA"),
      Map.entry("agglo", "CA"),
      Map.entry("metropole", "METRO"),
      Map.entry("ca", "CA"),
      Map.entry("cc", "CC"),
      Map.entry("cu", "CU"));

  private static final List<String> ARTICLES = List.of("du", "des", "de", "d", "la", "le", "les", "l");

  private Names() {}

  /**
   * @param name a name as written
   * @return its key: letters and digits without accents, lower case, words separated by one
   *     space, abbreviations of « Saint » spelled out; empty when the name has no letter or digit
   */
  public static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'œ', 'Œ' -> sb.append("oe");
        case 'æ', 'Æ' -> sb.append("ae");
        case '&' -> sb.append(" et ");
        default -> sb.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
      }
    }
    StringBuilder key = new StringBuilder(sb.length());
    for (String word : sb.toString().split(" ")) {
      if (!word.isEmpty()) {
        if (key.length() > 0) {
          key.append(' ');
        }
        key.append(ABBREVIATIONS.getOrDefault(word, word));
      }
    }
    return key.toString();
  }

  /**
   * @param key a key made by {@link #key}
   * @return the key without a leading intercommunal prefix (« CA », « Communauté de communes »,
   *     « Métropole »…) and the articles after it; the type is empty when there was no prefix
   */
  public static Core core(String key) {
    for (Map.Entry<String, String> prefix : PREFIXES) {
      String p = prefix.getKey();
      if (key.startsWith(p + " ")) {
        return new Core(stripArticles(key.substring(p.length() + 1)), Optional.of(prefix.getValue()));
      }
    }
    return new Core(key, Optional.empty());
  }

  private static String stripArticles(String key) {
    String rest = key;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String article : ARTICLES) {
        if (rest.startsWith(article + " ") && rest.length() > article.length() + 1) {
          rest = rest.substring(article.length() + 1);
          stripped = true;
          break;
        }
      }
    }
    return rest;
  }

  /**
   * @param key the key of a name
   * @return how many edits a typo in a name of that length may cost: none up to 4 characters,
   *     one up to 10, two beyond
   */
  public static int typoBudget(String key) {
    int length = key.length();
    return length <= 4 ? 0 : length <= 10 ? 1 : 2;
  }

  /**
   * The optimal string alignment distance (insertions, deletions, substitutions and
   * transpositions of neighbours each cost one), or {@code max + 1} as soon as it exceeds
   * {@code max}.
   */
  public static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[m], max + 1);
  }
}
