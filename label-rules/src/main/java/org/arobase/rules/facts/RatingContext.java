package org.arobase.rules.facts;

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
import org.arobase.core.decision.Mosaic;
import org.arobase.core.eligibility.EligibilityVerdict;
import org.arobase.core.matrix.ServiceMatrix;
import org.kie.api.definition.type.ClassReactive;

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
 * @param slots the matrix as the category sees it
 * @param initiatives the dossier's initiatives
 * @param validated the eligibility verdicts the validation gave, one per initiative in order; empty
 *     when it did not judge them (an engine whose eligibility rules are a user's own)
 * @param explain the wording of the reasons, in the engine's language
 */
// Never modified, only inserted: class reactivity is enough and spares warnings on constraints
// that compare it with another fact's values.
@ClassReactive
public record RatingContext(
    Edition edition, ServiceMatrix matrix, Category category, CollectivityKind kind, int population,
    boolean agentsDeclared, double agents, Compliance compliance, List<PastLabel> history,
    MosaicSlots slots, List<Initiative> initiatives, List<EligibilityVerdict> validated, Explain explain) {

  /** Copies the history, the initiatives and the verdicts. */
  public RatingContext {
    history = List.copyOf(history);
    initiatives = List.copyOf(initiatives);
    validated = List.copyOf(validated);
  }

  /**
   * @param dossier a valid dossier
   * @param edition its millésime
   * @param matrix its matrix
   * @param slots for each category, the matrix as it sees it
   * @param validated the verdicts of its validation, one per initiative in order, or an empty list
   * @param explain the wording of the reasons
   * @return the context of its rating
   */
  public static RatingContext of(Dossier dossier, Edition edition, ServiceMatrix matrix,
      Map<Category, MosaicSlots> slots, List<EligibilityVerdict> validated, Explain explain) {
    var c = dossier.collectivity();
    Category category = Category.of(c, edition.villagePopulationThreshold());
    return new RatingContext(edition, matrix, category, c.kind(), c.population(), c.agents().isPresent(),
        c.agents().orElse(0), dossier.compliance(), dossier.history(), slots.get(category),
        dossier.initiatives(), validated, explain);
  }

  /**
   * @param eligibility the verdicts of the dossier's initiatives
   * @return the applicable services the eligible ones cover, per enjeu and per service
   */
  public CoverageIndex coverage(EligibilityVerdicts eligibility) {
    List<Initiative> eligible = new ArrayList<>(initiatives.size());
    for (int n = 0; n < initiatives.size(); n++) {
      Initiative initiative = initiatives.get(n);
      if (eligibility.counts(n, initiative.id())) {
        eligible.add(initiative);
      }
    }
    return slots.coverage(eligible);
  }

  /**
   * @param coverage the dossier's coverage
   * @return its mosaïque
   */
  public Mosaic mosaic(CoverageIndex coverage) {
    return slots.score(coverage);
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
    return compliance.declares(obligation);
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
