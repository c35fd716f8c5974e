package org.arobase.rules.internal;

import org.kie.api.definition.type.ClassReactive;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arobase.core.Category;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Compliance;
import org.arobase.core.Distinction;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.Initiative;
import org.arobase.core.PastLabel;
import org.arobase.core.ServiceMatrix;

/**
 * The dossier as the rules see it: one fact per session with the millésime, the category, the
 * collectivité's size and staff, its declared obligations and its history.
 *
 * @param edition the millésime
 * @param matrix its matrix
 * @param category the category the dossier is rated in
 * @param kind commune or intercommunalité
 * @param population the population
 * @param agentsDeclared whether the staff is declared
 * @param agents the staff in full-time equivalents; 0 when not declared
 * @param compliance the declared legal obligations
 * @param history the earlier labels
 * @param enjeuOfService the enjeu of every service the category can run
 */
// Never modified, only inserted: class reactivity is enough and spares warnings on constraints
// that compare it with another fact's values.
@ClassReactive
public record RatingContext(
    Edition edition, ServiceMatrix matrix, Category category, CollectivityKind kind, int population,
    boolean agentsDeclared, double agents, Compliance compliance, List<PastLabel> history,
    Map<String, String> enjeuOfService) {

  /** Copies the history. */
  public RatingContext {
    history = List.copyOf(history);
  }

  /**
   * @param dossier a valid dossier
   * @param edition its millésime
   * @param matrix its matrix
   * @param applicable for each category, the enjeu of every service it can run
   * @return the context of its rating
   */
  public static RatingContext of(
      Dossier dossier, Edition edition, ServiceMatrix matrix, Map<Category, Map<String, String>> applicable) {
    var c = dossier.collectivity();
    Category category = Category.of(c, edition.villagePopulationThreshold());
    return new RatingContext(edition, matrix, category, c.kind(), c.population(), c.agents().isPresent(),
        c.agents().orElse(0), dossier.compliance(), dossier.history(), applicable.get(category));
  }

  /**
   * @param initiative an eligible initiative
   * @return one coverage per service it lists that the category can run
   */
  public List<Coverage> coverage(Initiative initiative) {
    List<Coverage> out = new ArrayList<>(initiative.services().size());
    for (String service : initiative.services()) {
      String enjeu = enjeuOfService.get(service);
      if (enjeu != null) {
        out.add(new Coverage(enjeu, service, initiative.id()));
      }
    }
    return out;
  }

  /** @return the millésime's year */
  public int year() {
    return edition.year();
  }

  /** @return the reference date of the millésime */
  public LocalDate referenceDate() {
    return edition.referenceDate();
  }

  /**
   * @param obligation an obligation code
   * @return whether the dossier declares it met
   */
  public boolean declares(String obligation) {
    return ObligationFacts.declared(compliance, obligation);
  }

  /** @return how many earlier labels have 5@ */
  public int fiveAtLabels() {
    return (int) history.stream().filter(l -> l.arobases() == 5).count();
  }

  /** @return how many millésimes in a row, ending just before this one, have a 5@ label */
  public int consecutiveFiveAtBefore() {
    int run = 0;
    for (int year = year() - 1; ; year--) {
      int y = year;
      if (history.stream().noneMatch(l -> l.edition() == y && l.arobases() == 5)) {
        return run;
      }
      run++;
    }
  }

  /**
   * @param distinction a distinction
   * @return the latest millésime in which it was granted, or 0
   */
  public int lastGrant(Distinction distinction) {
    return history.stream().filter(l -> l.distinctions().contains(distinction))
        .mapToInt(PastLabel::edition).max().orElse(0);
  }
}
