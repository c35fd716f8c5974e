package org.arobase.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arobase.core.Category;
import org.arobase.core.Distinction;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.Initiative;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.core.decision.IgnoredInitiative;
import org.arobase.core.decision.Mosaic;
import org.arobase.core.decision.NextLevel;
import org.arobase.core.decision.Outcome;
import org.arobase.core.decision.Provenance;
import org.arobase.core.decision.RatedCollectivity;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;
import org.arobase.core.eligibility.EligibilityVerdict;
import org.arobase.core.matrix.ServiceMatrix;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.InvalidDossierException;
import org.arobase.core.validation.ValidationReport;
import org.arobase.core.validation.Violation;
import org.arobase.rules.facts.DistinctionVerdict;
import org.arobase.rules.facts.EligibilityVerdicts;
import org.arobase.rules.facts.Explain;
import org.arobase.rules.facts.Explained;
import org.arobase.rules.facts.LevelCap;
import org.arobase.rules.facts.LevelDecision;
import org.arobase.rules.facts.LevelParameter;
import org.arobase.rules.facts.MentionVerdict;
import org.arobase.rules.facts.MosaicSlots;
import org.arobase.rules.facts.RatingContext;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Rates one dossier in a short-lived session: inserts the facts, runs the passes in order,
 * collects the result facts and assembles the immutable {@link Decision}. Thread-safe: it only
 * holds immutable state, and each call has its own session.
 */
final class Rater {

  /** The passes, in the order they run; rules with no agenda-group run after them. */
  static final List<String> PASSES =
      List.of("eligibility", "mosaic", "obligations", "level", "mentions", "distinctions");

  /** Guards against user rules that never settle. */
  private static final int MAX_FIRINGS = 1_000_000;


  private final KieBase base;
  private final Edition edition;
  private final ServiceMatrix matrix;
  private final Provenance provenance;
  private final Map<Category, List<Object>> parameterFactsByCategory;
  private final Map<Category, MosaicSlots> slots;
  /** The millésime's catalogue order, then code order for mentions of user rules. */
  private final Comparator<Mention> mentionOrder;

  /**
   * @param base the compiled rules
   * @param edition the millésime
   * @param matrix its matrix
   * @param parameters its parameters
   * @param provenance the stamp of every decision
   */
  Rater(KieBase base, Edition edition, ServiceMatrix matrix, Parameters parameters, Provenance provenance) {
    this.base = base;
    this.edition = edition;
    this.matrix = matrix;
    this.provenance = provenance;
    Map<Category, List<Object>> facts = new EnumMap<>(Category.class);
    Map<Category, MosaicSlots> slots = new EnumMap<>(Category.class);
    List<Object> parameterFacts = parameters.facts(matrix);
    for (Category category : Category.values()) {
      slots.put(category, MosaicSlots.of(matrix, category));
      // Only the level criteria of the dossier's category: fewer facts per session.
      facts.put(category, parameterFacts.stream()
          .filter(f -> !(f instanceof LevelParameter l) || l.category() == category).toList());
    }
    List<String> catalogue = edition.mentions().stream().map(Mention::code).toList();
    this.mentionOrder = Comparator.comparingInt((Mention m) -> catalogue.indexOf(m.code()) < 0
        ? Integer.MAX_VALUE : catalogue.indexOf(m.code())).thenComparing(Mention::code);
    this.parameterFactsByCategory = facts;
    this.slots = slots;
  }

  /**
   * @param dossier a valid dossier of the millésime
   * @param report its validation, whose eligibility verdicts the rating reuses when it has them
   * @return its decision
   * @throws InvalidDossierException when the rules count none of its initiatives (eligibility
   *     rules of one's own: the validation then judged none)
   * @throws IllegalStateException when the rules produce no level or several
   */
  Decision rate(Dossier dossier, ValidationReport report) {
    RatingContext context = RatingContext.of(dossier, edition, matrix, slots, report.eligibility());
    Results results = new Results();
    KieSession session = base.newKieSession();
    try {
      session.insert(context);
      parameterFactsByCategory.get(context.category()).forEach(session::insert);
      // The focus stack runs the last group set first.
      for (int i = PASSES.size() - 1; i >= 0; i--) {
        session.getAgenda().getAgendaGroup(PASSES.get(i)).setFocus();
      }
      int fired = session.fireAllRules(MAX_FIRINGS);
      if (fired >= MAX_FIRINGS) {
        throw new IllegalStateException("the rules fired " + fired + " times without settling; a rule loops");
      }
      session.getObjects().forEach(results::add);
    } finally {
      session.dispose();
    }
    if (results.verdicts.stream().noneMatch(EligibilityVerdict::eligible)) {
      throw new InvalidDossierException(report.plus(noneCounts(dossier, results.verdicts)));
    }
    return assemble(dossier, context, results);
  }

  /** The violations of validation for a dossier none of whose initiatives the rules count. */
  private static ValidationReport noneCounts(Dossier dossier, List<EligibilityVerdict> verdicts) {
    List<Violation> out = new ArrayList<>();
    List<Initiative> initiatives = dossier.initiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      String id = initiatives.get(i).id();
      int position = i;
      verdicts.stream().filter(v -> v.initiativeId().equals(id) && !v.eligible()).findFirst()
          .ifPresent(v -> out.add(DossierValidator.ignored(position, v)));
    }
    out.add(DossierValidator.noEligibleInitiative(dossier.edition()));
    return ValidationReport.of(out);
  }

  /** The result facts of one session. */
  private static final class Results {
    final List<EligibilityVerdict> verdicts = new ArrayList<>();
    final List<Reason> reasons = new ArrayList<>();
    final List<LevelDecision> levels = new ArrayList<>();
    final List<LevelCap> caps = new ArrayList<>();
    final List<MentionVerdict> mentions = new ArrayList<>();
    final List<DistinctionVerdict> distinctions = new ArrayList<>();
    final List<Mosaic> mosaics = new ArrayList<>();

    void add(Object fact) {
      if (fact instanceof Explained e) {
        reasons.add(e.reason());
      }
      if (fact instanceof EligibilityVerdicts all) {
        verdicts.addAll(all.verdicts());
      } else if (fact instanceof EligibilityVerdict v) {
        verdicts.add(v);
      } else if (fact instanceof Reason r) {
        reasons.add(r);
      } else if (fact instanceof LevelDecision d) {
        levels.add(d);
      } else if (fact instanceof LevelCap c) {
        caps.add(c);
      } else if (fact instanceof MentionVerdict m) {
        mentions.add(m);
      } else if (fact instanceof DistinctionVerdict d) {
        distinctions.add(d);
      } else if (fact instanceof Mosaic m) {
        mosaics.add(m);
      }
    }
  }

  private Decision assemble(Dossier dossier, RatingContext context, Results results) {
    if (results.levels.size() != 1 || results.mosaics.size() != 1) {
      throw new IllegalStateException("the rules produced " + results.levels.size() + " level(s) and "
          + results.mosaics.size() + " mosaïque(s) instead of one each; check the rule files (level.drl, mosaic.drl)");
    }
    int arobases = results.levels.get(0).arobases();
    if (arobases < 1 || arobases > 5) {
      throw new IllegalStateException("the rules proposed " + arobases + "@, outside 1..5");
    }
    Mosaic mosaic = results.mosaics.get(0);
    // Plain loops and list sorts rather than streams (docs/PERFORMANCE.md).
    List<EligibilityVerdict> verdicts = results.verdicts;
    verdicts.sort(BY_INITIATIVE);
    List<String> eligible = new ArrayList<>(verdicts.size());
    List<IgnoredInitiative> ignored = new ArrayList<>();
    for (EligibilityVerdict v : verdicts) {
      if (v.eligible()) {
        eligible.add(v.initiativeId());
      } else {
        ignored.add(new IgnoredInitiative(v.initiativeId(), v.reason().get(), v.message()));
      }
    }
    List<Reason> reasons = reasons(results.reasons, verdicts);
    List<Mention> mentions = new ArrayList<>();
    for (MentionVerdict m : results.mentions) {
      if (m.met() && !mentions.contains(m.mention())) {
        mentions.add(m.mention());
      }
    }
    mentions.sort(mentionOrder);
    List<Distinction> distinctions = new ArrayList<>();
    for (DistinctionVerdict d : results.distinctions) {
      if (d.proposed() && !distinctions.contains(d.distinction())) {
        distinctions.add(d.distinction());
      }
    }
    distinctions.sort(null);
    var collectivity = dossier.collectivity();
    return Decision.builder()
        .edition(edition.year())
        .collectivity(new RatedCollectivity(collectivity.code(), collectivity.name(), context.category()))
        .arobases(arobases)
        .mentions(mentions)
        .distinctions(distinctions)
        .mosaic(mosaic)
        .eligibleInitiatives(eligible)
        .ignoredInitiatives(ignored)
        .reasons(reasons)
        .next(arobases < 5 ? java.util.Optional.of(next(arobases + 1, reasons, results.caps, mosaic))
            : java.util.Optional.empty())
        .provenance(provenance)
        .build();
  }

  /**
   * The decision's reasons in {@link #REASON_ORDER}, with the reason of every eligibility verdict,
   * {@code ELIGIBILITY.<id>}, unless a rule inserted a reason with that id itself.
   *
   * @param inserted the reasons the rules inserted
   * @param verdicts the eligibility verdicts, in id order
   */
  private static List<Reason> reasons(List<Reason> inserted, List<EligibilityVerdict> verdicts) {
    Set<RuleId> explained = new HashSet<>();
    for (Reason r : inserted) {
      RuleId id = r.ruleId();
      if (id.concern() == RuleId.Concern.ELIGIBILITY) {
        explained.add(id);
      }
    }
    List<Reason> derived = new ArrayList<>(verdicts.size());
    for (EligibilityVerdict v : verdicts) {
      RuleId rule = RuleId.eligibility(v.initiativeId());
      // Hashing the rule id costs: only when a rule explained some initiatives itself.
      if (explained.isEmpty() || !explained.contains(rule)) {
        derived.add(Explain.reason(rule, v.eligible(), Explain.eligibility(v), "ELIGIBLE", v.message()));
      }
    }
    if (!explained.isEmpty()) {
      List<Reason> all = new ArrayList<>(inserted);
      all.addAll(derived);
      return sorted(all);
    }
    // The derived reasons come first and are already in order (one prefix, unique ids sorted):
    // only the others need sorting.
    List<Reason> out = new ArrayList<>(derived.size() + inserted.size());
    out.addAll(derived);
    out.addAll(sorted(inserted));
    return out;
  }

  /** What the level above lacks: its criteria and the lower ones that fail, and the ceilings below it. */
  private static NextLevel next(int level, List<Reason> reasons, List<LevelCap> caps, Mosaic mosaic) {
    List<String> capping = caps.stream().filter(c -> c.cap() < level).map(LevelCap::rule).toList();
    List<Reason> missing = reasons.stream()
        .filter(r -> r.outcome() == Outcome.MISSED)
        .filter(r -> {
          int of = r.ruleId().level();
          return of >= 2 && of <= level || capping.contains(r.rule());
        })
        .toList();
    List<String> uncovered = mosaic.enjeux().stream().filter(e -> !e.covered()).map(EnjeuScore::code).toList();
    return new NextLevel(level, missing, uncovered);
  }

  /** A reason with its concern's rank, computed once before sorting. */
  private record Ranked(int concern, Reason reason) {}

  private static final Comparator<EligibilityVerdict> BY_INITIATIVE =
      (a, b) -> a.initiativeId().compareTo(b.initiativeId());

  /**
   * Concern first (eligibility, level, obligations, mentions, distinctions, others), then every
   * field; written out rather than chained (docs/PERFORMANCE.md).
   */
  private static final Comparator<Ranked> REASON_ORDER = (x, y) -> {
    int c = Integer.compare(x.concern(), y.concern());
    if (c != 0) {
      return c;
    }
    Reason a = x.reason();
    Reason b = y.reason();
    c = a.rule().compareTo(b.rule());
    if (c == 0) {
      c = a.outcome().compareTo(b.outcome());
    }
    if (c == 0) {
      c = a.actual().compareTo(b.actual());
    }
    if (c == 0) {
      c = a.expected().compareTo(b.expected());
    }
    if (c == 0) {
      c = a.message().compareTo(b.message());
    }
    return c;
  };

  private static List<Reason> sorted(List<Reason> reasons) {
    List<Ranked> ranked = new ArrayList<>(reasons.size());
    for (Reason r : reasons) {
      ranked.add(new Ranked(r.ruleId().concern().ordinal(), r));
    }
    ranked.sort(REASON_ORDER);
    List<Reason> out = new ArrayList<>(ranked.size());
    ranked.forEach(r -> out.add(r.reason()));
    return out;
  }
}
