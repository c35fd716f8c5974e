package org.arobase.core.geo;

import static org.arobase.core.validation.Violation.pointerOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossier;
import org.arobase.core.Identifiers;
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

  IdentityCheck(Geography geography) {
    this.geography = geography;
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
          "« " + c.name() + " » is not the name of " + code + ": its official name is « " + official.name() + " »"));
    }
    c.departement().ifPresent(d -> {
      if (!commune && !official.departements().contains(d)) {
        out.add(Violation.error(pointerOf("collectivity", "departement"), ViolationCodes.DEPARTEMENT_MISMATCH,
            official.name() + " lies in the département(s) " + String.join(", ", official.departements()) + ", not " + d));
      }
    });
    c.region().ifPresent(r -> {
      List<String> regions = List.copyOf(geography.regionsOf(official));
      if (geography.region(r).filter(regions::contains).isEmpty()) {
        out.add(Violation.error(pointerOf("collectivity", "region"), Geography.REGION_MISMATCH,
            official.name() + " lies in " + String.join(", ", regions) + ", not « " + r + " »"));
      }
    });
    int difference = Math.abs(c.population() - official.population());
    if (c.population() >= 0 && difference > tolerance(official.population())) {
      out.add(Violation.error(pointerOf("collectivity", "population"), Geography.POPULATION_MISMATCH,
          "population " + c.population() + " is far from the official " + official.population() + " of " + official.name()
              + " (" + geography.source() + "); the tolerance is ±" + tolerance(official.population())));
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
            "SIREN " + code + " is the commune « " + commune.get().name() + " » (INSEE " + commune.get().code()
                + "), not an intercommunalité"));
        return;
      }
      out.add(Violation.error(pointerOf("collectivity", "code"), Geography.COLLECTIVITY_UNKNOWN,
          "SIREN " + code + " is not an intercommunalité à fiscalité propre of " + geography.source()));
      return;
    }
    String hint = geography.former(code)
        .flatMap(f -> geography.find(f.commune()).map(now -> ": it was « " + f.name() + " », now part of « "
            + now.name() + " » (" + now.code() + ")"))
        .orElse("");
    out.add(Violation.error(pointerOf("collectivity", "code"), Geography.COLLECTIVITY_UNKNOWN,
        "INSEE code " + code + " is not a commune of " + geography.source() + hint));
  }
}
