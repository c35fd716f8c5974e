package org.arobase.core.jury;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.arobase.core.geo.Geography;
import org.arobase.core.geo.OfficialCollectivity;
import org.arobase.core.geo.Resolution;
import org.arobase.core.internal.Names;
import org.arobase.core.validation.ValidationReport;
import org.arobase.core.validation.Violation;

/**
 * Checks the conflicts of interest a jury declares against the official geography, so that a
 * misspelt conflict (« Nouvelle-Aquitane », a region's name where a département code is
 * expected, a code that is no collectivité) is refused rather than silently never matched.
 *
 * <p>Every problem is reported at once, with the pointer of the entry in the jurors file
 * ({@code /2/conflicts/regions/0}), one of the codes of {@link JuryCodes} and, when a close
 * name or the right list exists, a « did you mean ».
 *
 * <pre>{@code
 * ValidationReport report = Jurors.validate(jurors, Geography.official());
 * }</pre>
 */
public final class Jurors {

  private Jurors() {}

  /**
   * @param jurors the jury, in file order
   * @return the problems of their conflicts against the official geography
   */
  public static ValidationReport validate(List<Juror> jurors) {
    return validate(jurors, Geography.official());
  }

  /**
   * @param jurors the jury, in file order
   * @param geography the geography the conflicts must name places of
   * @return the problems of their conflicts, all errors: {@link JuryCodes#CONFLICT_UNKNOWN_COLLECTIVITY},
   *     {@link JuryCodes#CONFLICT_UNKNOWN_DEPARTEMENT}, {@link JuryCodes#CONFLICT_UNKNOWN_REGION}
   */
  public static ValidationReport validate(List<Juror> jurors, Geography geography) {
    Objects.requireNonNull(jurors, "jurors");
    Objects.requireNonNull(geography, "geography");
    Map<String, String> departementsByName = departementsByName(geography);
    List<Violation> out = new ArrayList<>();
    for (int i = 0; i < jurors.size(); i++) {
      Conflicts c = jurors.get(i).conflicts();
      for (int k = 0; k < c.collectivities().size(); k++) {
        add(out, i, "collectivities", k, JuryCodes.CONFLICT_UNKNOWN_COLLECTIVITY,
            collectivity(c.collectivities().get(k), geography));
      }
      for (int k = 0; k < c.departements().size(); k++) {
        add(out, i, "departements", k, JuryCodes.CONFLICT_UNKNOWN_DEPARTEMENT,
            departement(c.departements().get(k), geography, departementsByName));
      }
      for (int k = 0; k < c.regions().size(); k++) {
        add(out, i, "regions", k, JuryCodes.CONFLICT_UNKNOWN_REGION,
            region(c.regions().get(k), geography, departementsByName));
      }
    }
    return ValidationReport.of(out);
  }

  private static void add(List<Violation> out, int juror, String list, int index, String code,
      Optional<String> message) {
    message.ifPresent(m -> out.add(Violation.error(Violation.pointerOf(juror, "conflicts", list, index), code, m)));
  }

  private static Optional<String> collectivity(String value, Geography geography) {
    String code = Conflicts.code(value);
    if (!code.isEmpty() && geography.identify(code).status() == Resolution.Status.RESOLVED) {
      return Optional.empty();
    }
    String message = quote(value) + " is neither the INSEE code of a commune nor the SIREN of an intercommunalité of "
        + geography.source();
    if (!Names.key(value == null ? "" : value).isEmpty() && !code.chars().allMatch(Character::isDigit)) {
      Resolution r = geography.resolve(value);
      if (r.status() == Resolution.Status.RESOLVED) {
        OfficialCollectivity o = r.match().get();
        message += "; did you mean " + o.code() + " (" + o.name() + ")?";
      } else if (r.status() == Resolution.Status.AMBIGUOUS) {
        message += "; did you mean one of " + String.join(", ",
            r.candidates().stream().limit(5).map(o -> o.code() + " (" + o.name() + ", " + o.departement() + ")").toList())
            + "?";
      }
    }
    return Optional.of(message);
  }

  private static Optional<String> departement(String value, Geography geography, Map<String, String> byName) {
    if (value != null && geography.departement(value).isPresent()) {
      return Optional.empty();
    }
    String message = quote(value) + " is not a département code of " + geography.source()
        + " (01 to 95, 2A, 2B, 971 to 976)";
    String key = Names.key(value == null ? "" : value);
    Optional<String> region = geography.region(value == null ? "" : value);
    if (region.isPresent()) {
      return Optional.of(message + "; « " + region.get() + " » is a region: list it in conflicts.regions");
    }
    Optional<String> code = closest(key, byName);
    return Optional.of(message + code.map(c -> "; did you mean " + c + " ("
        + geography.departementName(c).orElse(c) + ")?").orElse(""));
  }

  private static Optional<String> region(String value, Geography geography, Map<String, String> byName) {
    if (value != null && geography.region(value).isPresent()) {
      return Optional.empty();
    }
    String message = quote(value) + " is not a region of " + geography.source();
    String key = Names.key(value == null ? "" : value);
    Optional<String> departement = geography.departement(value == null ? "" : value);
    if (departement.isEmpty() && byName.containsKey(key)) {
      departement = Optional.of(byName.get(key));
    }
    if (departement.isPresent()) {
      return Optional.of(message + "; " + departement.get() + " (" + geography.departementName(departement.get())
          .orElse("") + ") is a département: list it in conflicts.departements");
    }
    Map<String, String> regions = new LinkedHashMap<>();
    geography.regions().forEach(r -> regions.put(Names.key(r), r));
    return Optional.of(message + closest(key, regions).map(r -> "; did you mean « " + r + " »?")
        .orElse("; the regions are " + String.join(", ", geography.regions())));
  }

  /** The value of the key closest to {@code key}, within a typo budget, if any. */
  private static Optional<String> closest(String key, Map<String, String> byKey) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    int budget = Math.max(1, Names.typoBudget(key)) + (key.length() > 14 ? 1 : 0);
    String best = null;
    int bestDistance = budget + 1;
    for (Map.Entry<String, String> e : byKey.entrySet()) {
      int d = Names.distance(key, e.getKey(), budget);
      if (d < bestDistance) {
        bestDistance = d;
        best = e.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The départements by the key of their name, e.g. {@code correze} → {@code 19}. */
  private static Map<String, String> departementsByName(Geography geography) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> codes = new ArrayList<>();
    for (int n = 1; n <= 99; n++) {
      codes.add(String.format("%02d", n));
    }
    codes.add("2A");
    codes.add("2B");
    for (int n = 971; n <= 989; n++) {
      codes.add(String.valueOf(n));
    }
    for (String code : codes) {
      geography.departement(code).ifPresent(c -> geography.departementName(c).ifPresent(name -> out.put(Names.key(name), c)));
    }
    return out;
  }

  private static String quote(String value) {
    return value == null ? "null" : "« " + value + " »";
  }
}
