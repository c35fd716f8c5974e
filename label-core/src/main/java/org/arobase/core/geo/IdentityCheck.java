package org.arobase.core.geo;

import static org.arobase.core.validation.Violation.pointerOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossier;
import org.arobase.core.Identifiers;
import org.arobase.core.internal.Messages;
import org.arobase.core.validation.DossierCheck;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Violation;
import org.arobase.core.validation.ViolationCodes;

/**
 * Checks a dossier's collectivité against the official geography (docs/GEOGRAPHY.md). It
 * leaves malformed codes and kind/code mismatches to the {@link DossierValidator}, which
 * reports them already, and says nothing more about a collectivité it cannot identify.
 */
final class IdentityCheck implements DossierCheck {

  private final Geography geography;
  private final Messages messages;

  IdentityCheck(Geography geography, Locale locale) {
    this.geography = geography;
    this.messages = Messages.of(IdentityCheck.class, "messages", locale);
  }

  @Override
  public List<Violation> check(Dossier dossier) {
    Collectivity c = dossier.collectivity();
    String code = c.code();
    boolean commune = c.kind() == CollectivityKind.COMMUNE;
    if (commune ? !Identifiers.isInseeCode(code) : !Identifiers.looksLikeSiren(code)) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    Optional<OfficialCollectivity> found = geography.find(code).filter(o -> o.kind() == c.kind());
    if (found.isEmpty()) {
      unknown(c, out);
      return out;
    }
    OfficialCollectivity official = found.get();
    if (!c.name().isBlank() && !geography.isNameOf(c.name(), official)) {
      out.add(Violation.error(pointerOf("collectivity", "name"), Geography.NAME_MISMATCH,
          messages.get("name.mismatch", c.name(), code, official.name())));
    }
    c.departement().ifPresent(d -> {
      if (!commune && !official.departements().contains(d)) {
        out.add(Violation.error(pointerOf("collectivity", "departement"), ViolationCodes.DEPARTEMENT_MISMATCH,
            messages.get("departement.mismatch", official.name(), String.join(", ", official.departements()), d,
                official.departements().size())));
      }
    });
    c.region().ifPresent(r -> {
      List<String> regions = List.copyOf(geography.regionsOf(official));
      if (geography.region(r).filter(regions::contains).isEmpty()) {
        out.add(Violation.error(pointerOf("collectivity", "region"), Geography.REGION_MISMATCH,
            messages.get("region.mismatch", official.name(), String.join(", ", regions), r)));
      }
    });
    int difference = Math.abs(c.population() - official.population());
    if (c.population() >= 0 && difference > tolerance(official.population())) {
      out.add(Violation.error(pointerOf("collectivity", "population"), Geography.POPULATION_MISMATCH,
          messages.get("population.mismatch", c.population(), official.population(), official.name(),
              geography.source(), tolerance(official.population()))));
    }
    return out;
  }

  /** @return the largest difference accepted: 25 % of the official population, at least 100 */
  static int tolerance(int officialPopulation) {
    return Math.max(Geography.POPULATION_SLACK, (int) Math.floor(officialPopulation * Geography.POPULATION_TOLERANCE));
  }

  private void unknown(Collectivity c, List<Violation> out) {
    String code = c.code();
    if (c.kind() == CollectivityKind.INTERCOMMUNALITE) {
      Optional<OfficialCollectivity> commune = geography.communeBySiren(code);
      if (commune.isPresent()) {
        out.add(Violation.error(pointerOf("collectivity", "kind"), Geography.COLLECTIVITY_KIND_MISMATCH,
            messages.get("kind.communeSiren", code, commune.get().name(), commune.get().code())));
        return;
      }
      out.add(Violation.error(pointerOf("collectivity", "code"), Geography.COLLECTIVITY_UNKNOWN,
          messages.get("intercommunalite.unknown", code, geography.source())));
      return;
    }
    String message = geography.former(code)
        .flatMap(f -> geography.find(f.commune()).map(now -> messages.get("commune.former", code, geography.source(),
            f.name(), now.name(), now.code())))
        .orElseGet(() -> messages.get("commune.unknown", code, geography.source()));
    out.add(Violation.error(pointerOf("collectivity", "code"), Geography.COLLECTIVITY_UNKNOWN, message));
  }
}
