package org.arobase.rules.facts;

import java.time.LocalDate;
import org.arobase.core.CollectivityKind;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;

/**
 * Whether a legal obligation applies and is declared met (fact inserted by the obligation rules).
 *
 * @param code the obligation's code
 * @param applies whether it applies to the collectivité at the reference date
 * @param met whether it is met, or does not apply
 * @param reason its reason, rule {@code OBLIGATION.<code>}
 */
public record ObligationVerdict(String code, boolean applies, boolean met, Reason reason) implements Explained {

  /**
   * The outcomes in order: not yet in force at the reference date, not for this kind of
   * collectivité, below the population
   * threshold, below the staff threshold (or staff not declared), or applies and declared or not.
   *
   * @param o the obligation
   * @param ctx the dossier
   * @return the verdict, rule {@code OBLIGATION.<code>}
   */
  public static ObligationVerdict judge(ObligationParameter o, RatingContext ctx) {
    LocalDate ref = ctx.referenceDate();
    String code = o.code();
    RuleId rule = RuleId.obligation(code);
    if (o.from().isAfter(ref)) {
      return new ObligationVerdict(code, false, true,
          Explain.notApplicable(rule, "référence " + ref, "à partir du " + o.from(),
              "Obligation fixée par " + o.law() + " : pas encore en vigueur à la date de référence (" + ref + ")."));
    }
    if (!o.coversKind(ctx.kind())) {
      String kind = ctx.kind() == CollectivityKind.COMMUNE ? "aux communes" : "aux intercommunalités";
      return new ObligationVerdict(code, false, true,
          Explain.notApplicable(rule, ctx.kind().name(), o.kinds().stream().map(Enum::name).sorted().toList().toString(),
              "Obligation fixée par " + o.law() + " : elle ne s'applique pas " + kind + "."));
    }
    if (!o.coversPopulation(ctx.kind(), ctx.population())) {
      int threshold = o.populationThreshold(ctx.kind());
      return new ObligationVerdict(code, false, true,
          Explain.notApplicable(rule, Explain.number(ctx.population()) + " habitants",
              "> " + Explain.number(threshold) + " habitants",
              "Obligation fixée par " + o.law() + " : elle ne s'applique pas à " + Explain.number(ctx.population())
                  + " habitants (seuil : plus de " + Explain.number(threshold) + ")."));
    }
    if (!o.coversStaff(ctx.agentsDeclared(), ctx.agents())) {
      boolean declared = ctx.agentsDeclared();
      double agents = ctx.agents();
      int min = o.agentsAtLeast();
      return new ObligationVerdict(code, false, true,
          Explain.notApplicable(rule, declared ? agents + " agents" : "effectif non déclaré", "≥ " + min + " agents",
              "Obligation fixée par " + o.law() + " : "
                  + (declared ? "elle ne s'applique pas à un effectif de " + agents + " agents (seuil : " + min + ")."
                      : "l'effectif n'est pas déclaré, elle n'est pas vérifiée (seuil : " + min + " agents).")));
    }
    boolean met = ctx.declares(code);
    return new ObligationVerdict(code, true, met,
        Explain.reason(rule, met, met ? "déclarée" : "non déclarée", "déclarée",
            met ? "Obligation fixée par " + o.law() + " : elle s'applique et la collectivité la déclare remplie."
                : "Obligation fixée par " + o.law() + " : elle s'applique et n'est pas déclarée remplie ; le niveau est plafonné à "
                    + o.cap() + "@."));
  }
}
