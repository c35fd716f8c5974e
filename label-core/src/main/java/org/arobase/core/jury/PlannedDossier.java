package org.arobase.core.jury;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossier;
import org.arobase.core.geo.Geography;
import org.arobase.core.geo.OfficialCollectivity;

/**
 * What the planner needs to know of a dossier: how to name it in the plan, where its
 * collectivité is (for conflicts of interest) and how many initiatives the binôme reads.
 *
 * <p>Where the collectivité is comes from the official geography, not only from what the
 * dossier declares (its département and region are optional): {@link #places()} holds every
 * code, département and region a conflict of interest may name — for an intercommunalité,
 * the départements and regions of all its member communes, and its members' codes — together
 * with what the dossier declares. A code the geography does not know keeps what the dossier
 * declares, and nothing more.
 *
 * @param key how the plan names the dossier: its source (a path, {@code file.json#2}) or its
 *     collectivité's code; unique within one plan
 * @param code the collectivité's code (INSEE or SIREN)
 * @param name the collectivité's name
 * @param departement the collectivité's département code as the dossier declares it, when it does
 * @param region the collectivité's region name as the dossier declares it, when it does
 * @param initiatives the workload: the number of <em>fiches d'initiatives</em> to read, 0 or more
 * @param places where the collectivité is, resolved through the geography, for conflicts
 */
public record PlannedDossier(
    String key, String code, String name, Optional<String> departement, Optional<String> region, int initiatives,
    Places places) {

  /**
   * Where a collectivité is, for conflicts of interest: every code, département and region that
   * makes a juror who names one of them unfit to study its dossier.
   *
   * @param codes the collectivité's code, its SIREN and, for an intercommunalité, its members'
   *     INSEE codes; upper case
   * @param departements the département codes it spans ({@code 01}, {@code 2A}, {@code 971})
   * @param regions the names of the regions it spans (official spelling when resolved)
   * @param official whether the official geography knows the code
   */
  public record Places(Set<String> codes, Set<String> departements, Set<String> regions, boolean official) {

    /** Copies the sets, keeping their order. */
    public Places {
      departements = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(departements));
      regions = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(regions));
      codes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(codes));
    }

    /**
     * Resolves where a collectivité is: what the geography knows of its code, and what is declared.
     *
     * @param code the collectivité's code
     * @param departement the declared département, if any
     * @param region the declared region, if any
     * @param geography the geography to resolve the code in
     * @return the places; only the declared ones (and the code) when the geography does not know the code
     */
    public static Places resolve(String code, Optional<String> departement, Optional<String> region,
        Geography geography) {
      Objects.requireNonNull(geography, "geography");
      Set<String> codes = new LinkedHashSet<>();
      Set<String> departements = new LinkedHashSet<>();
      Set<String> regions = new LinkedHashSet<>();
      codes.add(Conflicts.code(code));
      Optional<OfficialCollectivity> found = geography.identify(code == null ? "" : code).match();
      found.ifPresent(o -> {
        codes.add(o.code());
        o.siren().ifPresent(codes::add);
        departements.addAll(o.departements());
        departements.add(o.departement());
        regions.addAll(geography.regionsOf(o));
        if (o.kind() == CollectivityKind.INTERCOMMUNALITE) {
          for (OfficialCollectivity member : geography.members(o)) {
            if (member != null) {
              codes.add(member.code());
              departements.add(member.departement());
              regions.add(member.region());
            }
          }
        }
      });
      departement.filter(d -> !d.isBlank()).map(Conflicts::departement).ifPresent(departements::add);
      region.filter(r -> !r.isBlank()).ifPresent(r -> {
        String official = geography.region(r).orElse(r.strip());
        if (regions.stream().noneMatch(x -> Conflicts.region(x).equals(Conflicts.region(official)))) {
          regions.add(official);
        }
      });
      return new Places(codes, departements, regions, found.isPresent());
    }
  }

  /** Checks that every part is present and the workload is not negative. */
  public PlannedDossier {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(departement, "departement");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(places, "places");
    if (initiatives < 0) {
      throw new IllegalArgumentException("initiatives " + initiatives + " is negative for dossier " + key);
    }
  }

  /**
   * A dossier whose places are resolved through the official geography
   * ({@link Places#resolve}), falling back to the declared département and region.
   *
   * @param key how the plan names the dossier
   * @param code the collectivité's code
   * @param name the collectivité's name
   * @param departement the declared département, when declared
   * @param region the declared region, when declared
   * @param initiatives the workload
   */
  public PlannedDossier(
      String key, String code, String name, Optional<String> departement, Optional<String> region, int initiatives) {
    this(key, code, name, departement, region, initiatives,
        Places.resolve(code, Objects.requireNonNull(departement, "departement"),
            Objects.requireNonNull(region, "region"), Geography.official()));
  }

  /**
   * @param source how the plan names the dossier, e.g. the path it was read from
   * @param dossier the dossier
   * @return the dossier to plan, whose workload is all its initiatives (the jury reads every
   *     <em>fiche</em>, counted or not), and whose places are resolved through the official geography
   */
  public static PlannedDossier of(String source, Dossier dossier) {
    return of(source, dossier, Geography.official());
  }

  /**
   * @param source how the plan names the dossier
   * @param dossier the dossier
   * @param geography the geography to resolve the collectivité's places in
   * @return the dossier to plan
   */
  public static PlannedDossier of(String source, Dossier dossier, Geography geography) {
    Collectivity c = dossier.collectivity();
    return new PlannedDossier(source, c.code(), c.name(), c.departement(), c.region(), dossier.initiatives().size(),
        Places.resolve(c.code(), c.departement(), c.region(), geography));
  }

  /**
   * @param dossier the dossier
   * @return the dossier to plan, named by its collectivité's code
   */
  public static PlannedDossier of(Dossier dossier) {
    return of(dossier.collectivity().code(), dossier);
  }

  /** @return « 19015 Ayen », for messages */
  public String label() {
    return code + " " + name;
  }

  /** @return the départements of {@link #places()}, for conflicts */
  public Set<String> departements() {
    return places.departements();
  }

  /** @return the regions of {@link #places()}, for conflicts */
  public Set<String> regions() {
    return places.regions();
  }
}
