package org.arobase.rules.internal;

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
import org.arobase.core.eligibility.EligibilityVerdict;
import org.arobase.core.matrix.ServiceMatrix;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Rates one dossier in a short-lived session: inserts the facts, runs the passes in order,
 * collects the result facts and assembles the immutable {@link Decision}. Thread-safe: it only
 * holds immutable state, and each call has its own session.
 */
public final class Rater {

  /** The passes, in the order they run; rules with no agenda-group run after them. */
  static final List<String> PASSES =
      List.of("eligibility", "mosaic", "obligations", "level", "mentions", "distinctions");

  /** Guards against user rules that never settle. */
  private static final int MAX_FIRINGS = 1_000_000;

  private static final String ELIGIBILITY = "ELIGIBILITY.";
  private static final List<String> CONCERNS = List.of(ELIGIBILITY, "LEVEL.", "OBLIGATION.", "MENTION.", "DISTINCTION.");

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
  public Rater(KieBase base, Edition edition, ServiceMatrix matrix, Parameters parameters, Provenance provenance) {
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
   * @return its decision
   * @throws IllegalStateException when the rules produce no level or several
   */
  public Decision rate(Dossier dossier) {
    RatingContext context = RatingContext.of(dossier, edition, matrix, slots);
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
    return assemble(dossier, context, results);
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
    Set<String> explained = new HashSet<>();
    for (Reason r : inserted) {
      if (r.rule().startsWith(ELIGIBILITY)) {
        explained.add(r.rule());
      }
    }
    List<Reason> derived = new ArrayList<>(verdicts.size());
    for (EligibilityVerdict v : verdicts) {
      String rule = ELIGIBILITY + v.initiativeId();
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
        .filter(r -> levelOf(r.rule()) >= 2 && levelOf(r.rule()) <= level || capping.contains(r.rule()))
        .toList();
    List<String> uncovered = mosaic.enjeux().stream().filter(e -> !e.covered()).map(EnjeuScore::code).toList();
    return new NextLevel(level, missing, uncovered);
  }

  /** @return the level of a {@code LEVEL.n.*} rule id, or 0 */
  private static int levelOf(String rule) {
    if (rule.length() > 7 && rule.startsWith("LEVEL.") && Character.isDigit(rule.charAt(6)) && rule.charAt(7) == '.') {
      return rule.charAt(6) - '0';
    }
    return 0;
  }

  private static int concern(String rule) {
    for (int i = 0; i < CONCERNS.size(); i++) {
      if (rule.startsWith(CONCERNS.get(i))) {
        return i;
      }
    }
    return CONCERNS.size();
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
      ranked.add(new Ranked(concern(r.rule()), r));
    }
    ranked.sort(REASON_ORDER);
    List<Reason> out = new ArrayList<>(ranked.size());
    ranked.forEach(r -> out.add(r.reason()));
    return out;
  }
}
