package org.arobase.core.jury;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.arobase.core.Dossier;
import org.arobase.testing.DossierGenerator;

/** Seeded jurors, conflicts and dossiers for the planner's tests. */
record Instances(List<Juror> jurors, List<PlannedDossier> dossiers) {

  private static final DossierGenerator SMALL = DossierGenerator.forEdition(2022).initiatives(1, 12);
  private static final DossierGenerator LARGE = DossierGenerator.forEdition(2022);

  /**
   * @param seed the seed
   * @param minJurors fewest jurors
   * @param maxJurors most jurors
   * @param maxDossiers most dossiers
   * @param conflictRate how likely a juror declares a conflict with each dossier's collectivité, département or region
   * @param large whether dossiers have up to 60 initiatives rather than 12
   */
  static Instances of(long seed, int minJurors, int maxJurors, int maxDossiers, double conflictRate, boolean large) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = minJurors + random.nextInt(maxJurors - minJurors + 1);
    int m = random.nextInt(maxDossiers + 1);
    DossierGenerator generator = large ? LARGE : SMALL;
    List<PlannedDossier> dossiers = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      Dossier dossier = generator.dossier(random.nextLong());
      dossiers.add(PlannedDossier.of("d" + i, dossier));
    }
    List<Juror> jurors = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      List<String> codes = new ArrayList<>();
      List<String> departements = new ArrayList<>();
      List<String> regions = new ArrayList<>();
      for (PlannedDossier d : dossiers) {
        double draw = random.nextDouble();
        if (draw < conflictRate / 2) {
          codes.add(d.code());
        } else if (draw < conflictRate * 3 / 4) {
          d.departement().ifPresent(departements::add);
        } else if (draw < conflictRate) {
          d.region().ifPresent(regions::add);
        }
      }
      jurors.add(new Juror("j" + j, "Juré " + j, "Université " + j, new Conflicts(codes, departements, regions)));
    }
    return new Instances(jurors, dossiers);
  }

  /** Whether some pairing and sharing meets every rule, by trying them all. */
  boolean planExistsByBruteForce() {
    int bound = dossiers.stream().mapToInt(PlannedDossier::initiatives).max().orElse(0);
    for (List<Binome> binomes : pairings(jurors)) {
      if (share(binomes, new int[binomes.size()], 0, bound)) {
        return true;
      }
    }
    return false;
  }

  private boolean share(List<Binome> binomes, int[] loads, int index, int bound) {
    if (index == dossiers.size()) {
      int min = Integer.MAX_VALUE;
      int max = 0;
      for (int load : loads) {
        min = Math.min(min, load);
        max = Math.max(max, load);
      }
      return max - min <= bound;
    }
    PlannedDossier d = dossiers.get(index);
    for (int b = 0; b < binomes.size(); b++) {
      Binome binome = binomes.get(b);
      if (!binome.first().conflictsWith(d) && !binome.second().conflictsWith(d)) {
        loads[b] += d.initiatives();
        boolean found = share(binomes, loads, index + 1, bound);
        loads[b] -= d.initiatives();
        if (found) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every way of pairing the jurors, one left out when their number is odd. */
  static List<List<Binome>> pairings(List<Juror> jurors) {
    List<List<Binome>> out = new ArrayList<>();
    if (jurors.size() % 2 == 1) {
      for (int left = 0; left < jurors.size(); left++) {
        List<Juror> rest = new ArrayList<>(jurors);
        rest.remove(left);
        out.addAll(pairings(rest));
      }
      return out;
    }
    if (jurors.isEmpty()) {
      out.add(List.of());
      return out;
    }
    Juror first = jurors.get(0);
    for (int i = 1; i < jurors.size(); i++) {
      List<Juror> rest = new ArrayList<>(jurors.subList(1, jurors.size()));
      Juror partner = rest.remove(i - 1);
      for (List<Binome> tail : pairings(rest)) {
        List<Binome> pairing = new ArrayList<>();
        pairing.add(new Binome(first, partner));
        pairing.addAll(tail);
        out.add(pairing);
      }
    }
    return out;
  }
}
