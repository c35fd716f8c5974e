package org.arobase.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.arobase.core.Dossier;
import org.arobase.core.LabelData;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Violation;
import org.arobase.json.DossierResult;
import org.arobase.json.RatingResult;
import org.arobase.rules.Evaluation;
import org.arobase.rules.LabelEngine;

/**
 * The one path from a dossier as read to its rating result, shared by {@code arobase rate} and the
 * service: the same dossier gives the same decision, or the same violations, through both.
 */
public final class Ratings {

  /** The code of a dossier on which a rule of one's own failed (an exception, or the budget of firings or time). */
  public static final String RULE_FAILED = "RULE_FAILED";

  private Ratings() {}

  /**
   * Validates the dossier once, with the engine of its millésime, and rates it when valid; a
   * dossier whose JSON was refused, or of a millésime the data does not know, is checked by the
   * validator alone so that every problem is reported at once.
   *
   * @param read the dossier as read, its JSON checked only (the engine validates it, once)
   * @param data the data of the millésimes
   * @param engine the engine of a millésime of the data, built once and shared
   * @param validator the validator of the dossiers no engine can take
   * @return its decision, or the violations that kept it from being rated
   */
  public static RatingResult result(DossierResult read, LabelData data, IntFunction<LabelEngine> engine,
      Supplier<DossierValidator> validator) {
    if (read.dossier().isEmpty()) {
      return RatingResult.rejected(read.source(), read.violations());
    }
    Dossier dossier = read.dossier().get();
    if (!read.isValid() || data.find(dossier.edition()).isEmpty()) {
      List<Violation> all = new ArrayList<>(read.violations());
      all.addAll(validator.get().validate(dossier).violations());
      return RatingResult.rejected(read.source(), all);
    }
    // One result per dossier: a refusal or a failing rule of one's own fails this dossier only.
    Evaluation evaluation = engine.apply(dossier.edition()).assess(dossier);
    if (evaluation instanceof Evaluation.Rated r) {
      return RatingResult.rated(read.source(), r.decision());
    }
    if (evaluation instanceof Evaluation.Refused r) {
      return RatingResult.rejected(read.source(), r.report().violations());
    }
    Evaluation.Failed f = (Evaluation.Failed) evaluation;
    return RatingResult.rejected(read.source(), List.of(Violation.error("", RULE_FAILED,
        "the rules failed on this dossier: " + f.failure())));
  }
}
