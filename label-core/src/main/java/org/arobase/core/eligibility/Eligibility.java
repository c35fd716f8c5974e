package org.arobase.core.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.Edition;
import org.arobase.core.Initiative;
import org.arobase.core.matrix.Service;
import org.arobase.core.matrix.ServiceMatrix;

/**
 * The eligibility of an initiative for a millésime (docs/METHOD.md §2): run by the collectivité, a
 * publicly funded association, a délégataire or a prestataire; started by the reference date;
 * still running, or ended less than the eligibility period before it; classified under at
 * least one service the collectivité's category can run.
 */
public final class Eligibility {

  private Eligibility() {}

  /**
   * @param initiative the initiative
   * @param edition the millésime, which gives the reference date and the eligibility period
   * @param category the category the dossier is rated in
   * @param matrix the matrix of the millésime
   * @return the verdict with its reason and a French message
   */
  public static EligibilityVerdict judge(
      Initiative initiative, Edition edition, Category category, ServiceMatrix matrix) {
    LocalDate reference = edition.referenceDate();
    String id = initiative.id();
    if (!initiative.operator().countsForLabel()) {
      return ignored(id, IneligibilityReason.OPERATOR_NOT_COUNTED,
          "Initiative portée par un acteur que le label ne compte pas (ni la collectivité, ni une"
              + " association financée, ni un délégataire, ni un prestataire).");
    }
    if (initiative.startedOn().isAfter(reference)) {
      return ignored(id, IneligibilityReason.STARTED_AFTER_REFERENCE_DATE,
          "Initiative commencée le " + initiative.startedOn() + ", après la clôture du dépôt ("
              + reference + ").");
    }
    LocalDate oldestEnd = reference.minus(edition.eligibilityPeriod());
    if (initiative.endedOn().isPresent() && !initiative.endedOn().get().isAfter(oldestEnd)) {
      return ignored(id, IneligibilityReason.ENDED_TOO_LONG_AGO,
          "Initiative terminée le " + initiative.endedOn().get() + ", au moins "
              + describe(edition) + " avant la clôture du dépôt (" + reference + ").");
    }
    if (!anyApplies(initiative.services(), category, matrix)) {
      return ignored(id, IneligibilityReason.NO_APPLICABLE_SERVICE,
          "Aucun de ses services ne s'applique à la catégorie " + category + " dans la matrice "
              + matrix.version() + ".");
    }
    return new EligibilityVerdict(id, java.util.Optional.empty(),
        initiative.endedOn().isPresent()
            ? "Initiative terminée le " + initiative.endedOn().get() + ", moins de " + describe(edition)
                + " avant la clôture du dépôt: elle compte."
            : ongoing(edition));
  }

  /** The message of most initiatives, the same for a whole millésime: built once per edition in a row. */
  private static volatile Ongoing lastOngoing;

  private record Ongoing(Edition edition, String message) {}

  private static String ongoing(Edition edition) {
    Ongoing last = lastOngoing;
    if (last == null || last.edition() != edition) {
      last = new Ongoing(edition, "Initiative en cours à la clôture du dépôt (" + edition.referenceDate() + "): elle compte.");
      lastOngoing = last;
    }
    return last.message();
  }

  /**
   * An indexed loop rather than a stream or an iterator: every initiative is judged by the validator
   * and by the rules, and most list a single service.
   */
  private static boolean anyApplies(List<String> services, Category category, ServiceMatrix matrix) {
    for (int i = 0; i < services.size(); i++) {
      Optional<Service> service = matrix.findService(services.get(i));
      if (service.isPresent() && service.get().appliesTo(category)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Edition edition) {
    var p = edition.eligibilityPeriod();
    return p.getMonths() == 0 && p.getDays() == 0 ? p.getYears() + " ans" : p.toString();
  }

  private static EligibilityVerdict ignored(String id, IneligibilityReason reason, String message) {
    return new EligibilityVerdict(id, java.util.Optional.of(reason), message);
  }
}
