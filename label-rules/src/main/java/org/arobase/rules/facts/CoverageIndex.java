package org.arobase.rules.facts;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arobase.core.Initiative;

/**
 * The services the dossier's eligible initiatives cover (fact inserted by the mosaïque pass, one
 * per session rather than one per initiative and service). Only applicable services count.
 */
public final class CoverageIndex {

  /** Per enjeu code: covered services, initiatives, and the number of the last initiative counted. */
  private final Map<String, int[]> byEnjeu = new HashMap<>();
  /** The eligible initiatives. */
  private final List<Initiative> eligible;
  private final Map<String, String> enjeuOfService;

  /**
   * @param eligible the dossier's eligible initiatives, a list the index then owns
   * @param enjeuOfService the enjeu of every service the dossier's category can run
   */
  CoverageIndex(List<Initiative> eligible, Map<String, String> enjeuOfService) {
    this.eligible = eligible;
    this.enjeuOfService = enjeuOfService;
    Set<String> covered = new HashSet<>();
    int number = 0;
    for (Initiative initiative : eligible) {
      number++;
      List<String> services = initiative.services();
      // Indexed: most initiatives list one service, and a singleton list's iterator is an allocation.
      for (int k = 0; k < services.size(); k++) {
        String service = services.get(k);
        String enjeu = enjeuOfService.get(service);
        if (enjeu != null) {
          int[] counts = byEnjeu.computeIfAbsent(enjeu, e -> new int[3]);
          if (covered.add(service)) {
            counts[0]++;
          }
          if (counts[2] != number) {
            counts[2] = number;
            counts[1]++;
          }
        }
      }
    }
  }

  /**
   * @param enjeu an enjeu code
   * @return how many of its applicable services are covered
   */
  public int coveredServices(String enjeu) {
    int[] counts = byEnjeu.get(enjeu);
    return counts == null ? 0 : counts[0];
  }

  /**
   * @param enjeu an enjeu code
   * @return how many eligible initiatives list one of its applicable services
   */
  public int initiatives(String enjeu) {
    int[] counts = byEnjeu.get(enjeu);
    return counts == null ? 0 : counts[1];
  }

  /**
   * @param services service codes
   * @return how many eligible initiatives list at least one of them that applies
   */
  public int initiativesListing(Collection<String> services) {
    Set<String> wanted = services instanceof Set<String> set ? set : new HashSet<>(services);
    int count = 0;
    for (Initiative initiative : eligible) {
      List<String> listed = initiative.services();
      for (int k = 0; k < listed.size(); k++) {
        String service = listed.get(k);
        if (wanted.contains(service) && enjeuOfService.containsKey(service)) {
          count++;
          break;
        }
      }
    }
    return count;
  }
}
