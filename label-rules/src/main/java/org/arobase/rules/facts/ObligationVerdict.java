package org.arobase.rules.facts;

import java.time.LocalDate;
import java.util.List;
import org.arobase.core.CollectivityKind;
import org.arobase.core.decision.Measure;
import org.arobase.core.decision.Measure.Comparison;
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
    Explain x = ctx.explain();
    LocalDate ref = ctx.referenceDate();
    String code = o.code();
    RuleId rule = RuleId.obligation(code);
    if (o.from().isAfter(ref)) {
      return notApplicable(code, x.notApplicable(rule,
          List.of(new Measure("referenceDate", Measure.Unit.DATE, ref.toString(), Comparison.AT_LEAST, o.from().toString())),
          "obligation.notInForce", o.law(), ref, o.from()));
    }
    if (!o.coversKind(ctx.kind())) {
      List<String> kinds = o.kinds().stream().map(Enum::name).sorted().toList();
      return notApplicable(code, x.notApplicable(rule,
          List.of(new Measure("kind", Measure.Unit.CODE, ctx.kind().name(), Comparison.ONE_OF, kinds)),
          ctx.kind() == CollectivityKind.COMMUNE ? "obligation.notForCommunes" : "obligation.notForIntercommunalites",
          o.law()));
    }
    if (!o.coversPopulation(ctx.kind(), ctx.population())) {
      int threshold = o.populationThreshold(ctx.kind());
      return notApplicable(code, x.notApplicable(rule,
          List.of(Measure.count("population", ctx.population(), Comparison.GREATER_THAN, threshold)),
          "obligation.belowPopulation", o.law(), ctx.population(), threshold));
    }
    if (!o.coversStaff(ctx.agentsDeclared(), ctx.agents())) {
      Measure staff = new Measure("agents", Measure.Unit.NUMBER, ctx.agentsDeclared() ? ctx.agents() : null,
          Comparison.AT_LEAST, (double) o.agentsAtLeast());
      String threshold = x.value(staff, staff.expected());
      return notApplicable(code, ctx.agentsDeclared()
          ? x.notApplicable(rule, List.of(staff), "obligation.belowStaff", o.law(), x.value(staff, staff.actual()), threshold)
          : x.notApplicable(rule, List.of(staff), "obligation.staffUndeclared", o.law(), threshold));
    }
    boolean met = ctx.declares(code);
    List<Measure> declared = List.of(Measure.flag("declared", met, true));
    return new ObligationVerdict(code, true, met, met
        ? x.reason(rule, true, declared, "obligation.declared", o.law())
        : x.reason(rule, false, declared, "obligation.undeclared", o.law(), o.cap()));
  }

  private static ObligationVerdict notApplicable(String code, Reason reason) {
    return new ObligationVerdict(code, false, true, reason);
  }
}
