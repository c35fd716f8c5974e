package org.arobase.core.jury;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.arobase.core.geo.Geography;
import org.arobase.core.geo.OfficialCollectivity;
import org.arobase.core.geo.Resolution;
import org.arobase.core.internal.Messages;
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
   * @return the problems of their conflicts against the official geography, with French messages
   */
  public static ValidationReport validate(List<Juror> jurors) {
    return validate(jurors, Geography.official());
  }

  /**
   * @param jurors the jury, in file order
   * @param geography the geography the conflicts must name places of
   * @return the problems of their conflicts, with French messages (see {@link #validate(List, Geography, Locale)})
   */
  public static ValidationReport validate(List<Juror> jurors, Geography geography) {
    return validate(jurors, geography, Locale.FRENCH);
  }

  /**
   * @param jurors the jury, in file order
   * @param geography the geography the conflicts must name places of
   * @param locale the language of the messages: {@link Locale#ENGLISH} for English, French for
   *     anything else and for {@code null}
   * @return the problems of their conflicts, all errors: {@link JuryCodes#CONFLICT_UNKNOWN_COLLECTIVITY},
   *     {@link JuryCodes#CONFLICT_UNKNOWN_DEPARTEMENT}, {@link JuryCodes#CONFLICT_UNKNOWN_REGION}
   */
  public static ValidationReport validate(List<Juror> jurors, Geography geography, Locale locale) {
    Objects.requireNonNull(jurors, "jurors");
    Objects.requireNonNull(geography, "geography");
    Messages m = JuryRecords.messages(locale);
    Map<String, String> departementsByName = departementsByName(geography);
    List<Violation> out = new ArrayList<>();
    for (int i = 0; i < jurors.size(); i++) {
      Conflicts c = jurors.get(i).conflicts();
      for (int k = 0; k < c.collectivities().size(); k++) {
        add(out, i, "collectivities", k, JuryCodes.CONFLICT_UNKNOWN_COLLECTIVITY,
            collectivity(c.collectivities().get(k), geography, m));
      }
      for (int k = 0; k < c.departements().size(); k++) {
        add(out, i, "departements", k, JuryCodes.CONFLICT_UNKNOWN_DEPARTEMENT,
            departement(c.departements().get(k), geography, departementsByName, m));
      }
      for (int k = 0; k < c.regions().size(); k++) {
        add(out, i, "regions", k, JuryCodes.CONFLICT_UNKNOWN_REGION,
            region(c.regions().get(k), geography, departementsByName, m));
      }
    }
    return ValidationReport.of(out);
  }

  private static void add(List<Violation> out, int juror, String list, int index, String code,
      Optional<String> message) {
    message.ifPresent(m -> out.add(Violation.error(Violation.pointerOf(juror, "conflicts", list, index), code, m)));
  }

  private static Optional<String> collectivity(String value, Geography geography, Messages m) {
    String code = Conflicts.code(value);
    if (!code.isEmpty() && geography.identify(code).status() == Resolution.Status.RESOLVED) {
      return Optional.empty();
    }
    String quoted = JuryRecords.quote(value, m);
    if (!Names.key(value == null ? "" : value).isEmpty() && !code.chars().allMatch(Character::isDigit)) {
      Resolution r = geography.resolve(value);
      if (r.status() == Resolution.Status.RESOLVED) {
        OfficialCollectivity o = r.match().get();
        return Optional.of(m.get("conflict.collectivity.oneMatch", quoted, geography.source(), o.code(), o.name()));
      } else if (r.status() == Resolution.Status.AMBIGUOUS) {
        return Optional.of(m.get("conflict.collectivity.candidates", quoted, geography.source(), String.join(", ",
            r.candidates().stream().limit(5).map(o -> o.code() + " (" + o.name() + ", " + o.departement() + ")")
                .toList())));
      }
    }
    return Optional.of(m.get("conflict.collectivity", quoted, geography.source()));
  }

  private static Optional<String> departement(String value, Geography geography, Map<String, String> byName,
      Messages m) {
    if (value != null && geography.departement(value).isPresent()) {
      return Optional.empty();
    }
    String quoted = JuryRecords.quote(value, m);
    String key = Names.key(value == null ? "" : value);
    Optional<String> region = geography.region(value == null ? "" : value);
    if (region.isPresent()) {
      return Optional.of(m.get("conflict.departement.isRegion", quoted, geography.source(), region.get()));
    }
    Optional<String> code = closest(key, byName);
    return Optional.of(code.map(c -> m.get("conflict.departement.closest", quoted, geography.source(), c,
            geography.departementName(c).orElse(c)))
        .orElseGet(() -> m.get("conflict.departement", quoted, geography.source())));
  }

  private static Optional<String> region(String value, Geography geography, Map<String, String> byName,
      Messages m) {
    if (value != null && geography.region(value).isPresent()) {
      return Optional.empty();
    }
    String quoted = JuryRecords.quote(value, m);
    String key = Names.key(value == null ? "" : value);
    Optional<String> departement = geography.departement(value == null ? "" : value);
    if (departement.isEmpty() && byName.containsKey(key)) {
      departement = Optional.of(byName.get(key));
    }
    if (departement.isPresent()) {
      return Optional.of(m.get("conflict.region.isDepartement", quoted, geography.source(), departement.get(),
          geography.departementName(departement.get()).orElse("")));
    }
    Map<String, String> regions = new LinkedHashMap<>();
    geography.regions().forEach(r -> regions.put(Names.key(r), r));
    return Optional.of(closest(key, regions)
        .map(r -> m.get("conflict.region.closest", quoted, geography.source(), r))
        .orElseGet(() -> m.get("conflict.region.list", quoted, geography.source(), String.join(", ", geography.regions()))));
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
}
