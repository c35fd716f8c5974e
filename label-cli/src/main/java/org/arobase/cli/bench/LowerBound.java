package org.arobase.cli.bench;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arobase.core.Category;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.Initiative;
import org.arobase.core.matrix.Enjeu;
import org.arobase.core.matrix.Service;
import org.arobase.core.matrix.ServiceMatrix;

/**
 * The plain-Java lower bound of a rating: the eligibility check of every initiative and the
 * mosaïque counts (covered applicable services and initiatives per enjeu), nothing else: no
 * validation, no messages, no reasons, no level.
 */
final class LowerBound {

  private final Edition edition;
  private final LocalDate reference;
  private final LocalDate oldestEnd;
  private final int enjeux;
  /** Per category, the index of the enjeu of every applicable service. */
  private final Map<Category, Map<String, Integer>> enjeuOf = new EnumMap<>(Category.class);

  LowerBound(Edition edition, ServiceMatrix matrix) {
    this.edition = edition;
    this.reference = edition.referenceDate();
    this.oldestEnd = reference.minus(edition.eligibilityPeriod());
    List<Enjeu> all = matrix.enjeux();
    this.enjeux = all.size();
    for (Category category : Category.values()) {
      Map<String, Integer> index = new HashMap<>();
      for (int e = 0; e < all.size(); e++) {
        for (Service s : matrix.applicableServices(all.get(e), category)) {
          index.put(s.code(), e);
        }
      }
      enjeuOf.put(category, index);
    }
  }

  /**
   * @param dossier a valid dossier
   * @return a checksum of its counts: covered services and initiatives per enjeu
   */
  long rate(Dossier dossier) {
    Map<String, Integer> index = enjeuOf.get(Category.of(dossier.collectivity(), edition.villagePopulationThreshold()));
    java.util.Set<String> covered = new java.util.HashSet<>();
    int[] initiativesPerEnjeu = new int[enjeux];
    int[] lastInitiative = new int[enjeux];
    int number = 0;
    for (Initiative i : dossier.initiatives()) {
      number++;
      if (!i.operator().countsForLabel() || i.startedOn().isAfter(reference)
          || i.endedOn().isPresent() && !i.endedOn().get().isAfter(oldestEnd)) {
        continue;
      }
      for (String service : i.services()) {
        Integer e = index.get(service);
        if (e != null) {
          covered.add(service);
          if (lastInitiative[e] != number) {
            lastInitiative[e] = number;
            initiativesPerEnjeu[e]++;
          }
        }
      }
    }
    long sum = covered.size();
    for (int n : initiativesPerEnjeu) {
      sum = sum * 31 + n;
    }
    return sum;
  }
}
