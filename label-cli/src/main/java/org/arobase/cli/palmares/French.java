package org.arobase.cli.palmares;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.arobase.core.Category;
import org.arobase.core.geo.Geography;
import org.arobase.core.palmares.Palmares;
import org.arobase.core.palmares.PalmaresEntry;

/**
 * French wording shared by the renderers. Numbers and percentages are written by
 * {@link org.arobase.core.internal.French}, as everywhere in arobase.
 */
final class French {
  private French() {}

  /** @return the number with a space between groups of three digits: {@code 4 816 456} */
  static String number(long n) {
    return org.arobase.core.internal.French.number(n);
  }

  /** @return the percent with a decimal comma and its sign: {@code +16,0 %} */
  static String percent(double percent) {
    return org.arobase.core.internal.French.signedPercent(percent);
  }

  /** @return « Ville Internet », « Village Internet » or « Territoire Internet » */
  static String member(Category category) {
    return switch (category) {
      case VILLE -> "Ville Internet";
      case VILLAGE -> "Village Internet";
      case TERRITOIRE -> "Territoire Internet";
    };
  }

  /** @return the family of an entry in the singular, or an empty string when it is not known */
  static String member(PalmaresEntry entry) {
    return entry.category().map(French::member).orElse("");
  }

  /** @return « Corrèze (19) », the bare code when the official geography does not know it, or « Département inconnu » */
  static String departement(Optional<String> code) {
    return code.map(c -> Geography.official().departementName(c).map(name -> name + " (" + c + ")").orElse(c))
        .orElse("Département inconnu");
  }

  /** @return « Villes Internet : n », « Villages Internet : n », « Territoires Internet : n », in that order, joined */
  static String families(Palmares palmares, String separator) {
    return Stream.of(Category.VILLE, Category.VILLAGE, Category.TERRITOIRE)
        .map(c -> Palmares.family(c) + " : " + number(palmares.byCategory().get(c)))
        .collect(Collectors.joining(separator));
  }

  /**
   * @param problem a row of a list identified by its code although it says otherwise
   * @return « ligne 8, « CA Caux Vallée de Seine » [200010700] : n'est pas un nom de CA Caux Seine Agglo ; le code l'emporte »
   */
  static String problem(Palmares.Problem problem) {
    var c = problem.collectivity();
    String who = c.name() + " [" + c.code() + "]";
    String what = switch (problem.kind()) {
      case FORMER_CODE -> "code d'une ancienne commune, aujourd'hui dans " + who;
      case NAME_MISMATCH -> "n'est pas un nom de " + who + " ; le code l'emporte";
      case DEPARTEMENT_MISMATCH -> who + " n'est pas dans le département indiqué mais dans "
          + String.join(", ", c.departements().stream().map(d -> departement(Optional.of(d))).toList()) + " ; le code l'emporte";
      case REGION_MISMATCH -> who + " n'est pas dans la région indiquée mais en "
          + String.join(", ", Geography.official().regionsOf(c)) + " ; le code l'emporte";
    };
    return (problem.line() > 0 ? "ligne " + problem.line() + ", " : "") + "« " + problem.name() + " » [" + problem.code() + "] : " + what;
  }

  /** @return « 1 collectivité » or « n collectivités » */
  static String collectivites(long n) {
    return number(n) + (n == 1 ? " collectivité" : " collectivités");
  }
}
