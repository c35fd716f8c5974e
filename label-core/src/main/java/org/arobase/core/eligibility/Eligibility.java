package org.arobase.core.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.Edition;
import org.arobase.core.Initiative;
import org.arobase.core.matrix.Service;
import org.arobase.core.internal.Messages;
import org.arobase.core.matrix.ServiceMatrix;

/**
 * The eligibility of an initiative for a millésime (docs/METHOD.md §2): run by the collectivité, a
 * publicly funded association, a délégataire or a prestataire; started by the reference date;
 * still running, or ended less than the eligibility period before it; classified under at
 * least one service the collectivité's category can run.
 */
public final class Eligibility {

  // Looked up once: every initiative of every rating is judged.
  private static final Messages FRENCH = Messages.of(Eligibility.class, "messages", Locale.FRENCH);
  private static final Messages ENGLISH = Messages.of(Eligibility.class, "messages", Locale.ENGLISH);

  private Eligibility() {}

  /**
   * The verdict in French.
   *
   * @param initiative the initiative
   * @param edition the millésime, which gives the reference date and the eligibility period
   * @param category the category the dossier is rated in
   * @param matrix the matrix of the millésime
   * @return the verdict with its reason and a French message
   */
  public static EligibilityVerdict judge(
      Initiative initiative, Edition edition, Category category, ServiceMatrix matrix) {
    return judge(initiative, edition, category, matrix, Locale.FRENCH);
  }

  /**
   * @param initiative the initiative
   * @param edition the millésime, which gives the reference date and the eligibility period
   * @param category the category the dossier is rated in
   * @param matrix the matrix of the millésime
   * @param locale the language of the message: French unless English
   * @return the verdict with its reason and a message
   */
  public static EligibilityVerdict judge(
      Initiative initiative, Edition edition, Category category, ServiceMatrix matrix, Locale locale) {
    Messages m = Messages.supported(locale).equals(Locale.ENGLISH) ? ENGLISH : FRENCH;
    LocalDate reference = edition.referenceDate();
    String id = initiative.id();
    if (!initiative.operator().countsForLabel()) {
      return ignored(id, IneligibilityReason.OPERATOR_NOT_COUNTED, m.get("operatorNotCounted"));
    }
    if (initiative.startedOn().isAfter(reference)) {
      return ignored(id, IneligibilityReason.STARTED_AFTER_REFERENCE_DATE,
          m.get("startedAfterReference", initiative.startedOn(), reference));
    }
    LocalDate oldestEnd = reference.minus(edition.eligibilityPeriod());
    if (initiative.endedOn().isPresent() && !initiative.endedOn().get().isAfter(oldestEnd)) {
      return ignored(id, IneligibilityReason.ENDED_TOO_LONG_AGO,
          m.get("endedTooLongAgo", initiative.endedOn().get(), reference, period(m, edition.eligibilityPeriod())));
    }
    if (!anyApplies(initiative.services(), category, matrix)) {
      return ignored(id, IneligibilityReason.NO_APPLICABLE_SERVICE,
          m.get("noApplicableService", m.get("category." + category.name()), matrix.version()));
    }
    return new EligibilityVerdict(id, java.util.Optional.empty(),
        initiative.endedOn().isPresent()
            ? m.get("endedRecently", initiative.endedOn().get(), reference, period(m, edition.eligibilityPeriod()))
            : ongoing(edition, m));
  }

  /** The message of most initiatives, the same for a whole millésime: built once per edition and language in a row. */
  private static volatile Ongoing lastOngoing;

  private record Ongoing(Edition edition, Messages messages, String message) {}

  private static String ongoing(Edition edition, Messages m) {
    Ongoing last = lastOngoing;
    if (last == null || last.edition() != edition || last.messages() != m) {
      last = new Ongoing(edition, m, m.get("ongoing", edition.referenceDate()));
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

  /** @return a period of whole years or months in words, « 3 ans », « 18 mois » */
  private static String period(Messages m, Period p) {
    long months = p.toTotalMonths();
    return months % 12 == 0 ? m.get("period.years", months / 12) : m.get("period.months", months);
  }

  private static EligibilityVerdict ignored(String id, IneligibilityReason reason, String message) {
    return new EligibilityVerdict(id, java.util.Optional.of(reason), message);
  }
}
