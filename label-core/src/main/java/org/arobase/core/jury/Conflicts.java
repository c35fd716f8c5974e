package org.arobase.core.jury;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.arobase.core.internal.Names;

/**
 * The conflicts of interest a juror declares: collectivités (INSEE codes or SIREN),
 * départements (codes such as {@code 19}, {@code 2A}, {@code 971}) and regions (names).
 * A juror never studies the dossier of a collectivité that one of them names.
 *
 * <p>Codes compare without regard to case or surrounding spaces ({@code 2a} is {@code 2A}, and
 * the département {@code 1} is {@code 01}); region names compare as the official geography
 * compares names, without regard to case, accents or punctuation (« Ile de France » is
 * « Île-de-France », « Provence Alpes Cote d'Azur » is « Provence-Alpes-Côte d’Azur »).
 *
 * @param collectivities codes of collectivités
 * @param departements codes of départements
 * @param regions names of regions
 */
public record Conflicts(List<String> collectivities, List<String> departements, List<String> regions) {

  private static final Conflicts NONE = new Conflicts(List.of(), List.of(), List.of());

  /** Copies the lists; a {@code null} list is read as empty. */
  public Conflicts {
    collectivities = collectivities == null ? List.of() : List.copyOf(collectivities);
    departements = departements == null ? List.of() : List.copyOf(departements);
    regions = regions == null ? List.of() : List.copyOf(regions);
  }

  /** @return no conflict at all */
  public static Conflicts none() {
    return NONE;
  }

  /** @return whether nothing is declared */
  public boolean isEmpty() {
    return collectivities.isEmpty() && departements.isEmpty() && regions.isEmpty();
  }

  /**
   * Why a juror with these conflicts may not study a dossier.
   *
   * @param dossier a dossier to plan
   * @return the conflicts that concern it, in French, e.g. « région Nouvelle-Aquitaine »;
   *     empty when none does
   */
  public Optional<String> concerning(PlannedDossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    List<String> why = new ArrayList<>();
    PlannedDossier.Places places = dossier.places();
    String own = code(dossier.code());
    for (String c : collectivities) {
      String k = code(c);
      if (k.equals(own)) {
        why.add("collectivité " + dossier.code());
      } else if (places.codes().contains(k)) {
        why.add("collectivité " + k);
      }
    }
    for (String d : places.departements()) {
      if (departements.stream().anyMatch(c -> departement(c).equals(d))) {
        why.add("département " + d);
      }
    }
    for (String r : places.regions()) {
      String key = region(r);
      if (regions.stream().anyMatch(c -> region(c).equals(key))) {
        why.add("région " + r);
      }
    }
    return why.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", why.stream().distinct().toList()));
  }

  /**
   * @param dossier a dossier to plan
   * @return whether a juror with these conflicts may not study it
   */
  public boolean concern(PlannedDossier dossier) {
    return concerning(dossier).isPresent();
  }

  static String code(String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }

  static String departement(String code) {
    String c = code(code);
    return c.length() == 1 && Character.isDigit(c.charAt(0)) ? "0" + c : c;
  }

  /** The key of a region's name: {@link Names#key}, as the official geography matches region names. */
  static String region(String name) {
    return name == null ? "" : Names.key(name);
  }
}
