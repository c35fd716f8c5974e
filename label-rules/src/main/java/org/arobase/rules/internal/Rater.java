package org.arobase.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arobase.core.Category;
import org.arobase.core.Decision;
import org.arobase.core.Distinction;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.EligibilityVerdict;
import org.arobase.core.Enjeu;
import org.arobase.core.EnjeuScore;
import org.arobase.core.IgnoredInitiative;
import org.arobase.core.Mention;
import org.arobase.core.Mosaic;
import org.arobase.core.NextLevel;
import org.arobase.core.Outcome;
import org.arobase.core.Provenance;
import org.arobase.core.RatedCollectivity;
import org.arobase.core.Reason;
import org.arobase.core.Service;
import org.arobase.core.ServiceMatrix;
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

  private static final List<String> CONCERNS = List.of("ELIGIBILITY.", "LEVEL.", "OBLIGATION.", "MENTION.", "DISTINCTION.");

  private final KieBase base;
  private final Edition edition;
  private final ServiceMatrix matrix;
  private final Provenance provenance;
  private final Map<Category, List<Object>> parameterFactsByCategory;
  private final Map<Category, Map<String, String>> applicable;

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
    Map<Category, List<Object>> slots = new EnumMap<>(Category.class);
    Map<Category, Map<String, String>> services = new EnumMap<>(Category.class);
    List<Object> parameterFacts = parameters.facts(matrix);
    for (Category category : Category.values()) {
      List<Object> list = new ArrayList<>();
      Map<String, String> enjeuOf = new HashMap<>();
      matrix.axes().forEach(a -> list.add(new AxisSlot(a.code(), a.label())));
      for (Enjeu e : matrix.enjeux()) {
        List<Service> applicable = matrix.applicableServices(e, category);
        list.add(new EnjeuSlot(e.code(), e.label(), e.axis(), applicable.size()));
        applicable.forEach(s -> enjeuOf.put(s.code(), e.code()));
      }
      // Only the level criteria of the dossier's category: fewer facts per session.
      parameterFacts.stream().filter(f -> !(f instanceof LevelParameter l) || l.category() == category)
          .forEach(list::add);
      slots.put(category, List.copyOf(list));
      services.put(category, Map.copyOf(enjeuOf));
    }
    this.parameterFactsByCategory = slots;
    this.applicable = services;
  }

  /**
   * @param dossier a valid dossier of the millésime
   * @return its decision
   * @throws IllegalStateException when the rules produce no level or several
   */
  public Decision rate(Dossier dossier) {
    RatingContext context = RatingContext.of(dossier, edition, matrix, applicable);
    Results results = new Results();
    KieSession session = base.newKieSession();
    try {
      session.insert(context);
      parameterFactsByCategory.get(context.category()).forEach(session::insert);
      dossier.initiatives().forEach(session::insert);
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
      if (fact instanceof EligibilityVerdict v) {
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
    List<Reason> reasons = sorted(results.reasons);
    List<String> eligible = results.verdicts.stream().filter(EligibilityVerdict::eligible)
        .map(EligibilityVerdict::initiativeId).sorted().toList();
    List<IgnoredInitiative> ignored = results.verdicts.stream().filter(v -> !v.eligible())
        .sorted(Comparator.comparing(EligibilityVerdict::initiativeId))
        .map(v -> new IgnoredInitiative(v.initiativeId(), v.reason().get(), v.message())).toList();
    List<String> catalogue = edition.mentions().stream().map(Mention::code).toList();
    List<Mention> mentions = results.mentions.stream().filter(MentionVerdict::met).map(MentionVerdict::mention)
        .distinct()
        .sorted(Comparator.comparingInt((Mention m) -> catalogue.indexOf(m.code()) < 0
            ? Integer.MAX_VALUE : catalogue.indexOf(m.code())).thenComparing(Mention::code))
        .toList();
    List<Distinction> distinctions = results.distinctions.stream().filter(DistinctionVerdict::proposed)
        .map(DistinctionVerdict::distinction).distinct().sorted().toList();
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

  /** Concern first (eligibility, level, obligations, mentions, distinctions, others), then every field. */
  private static final Comparator<Ranked> REASON_ORDER = Comparator
      .comparingInt(Ranked::concern)
      .thenComparing((Ranked r) -> r.reason().rule())
      .thenComparing((Ranked r) -> r.reason().outcome())
      .thenComparing((Ranked r) -> r.reason().actual())
      .thenComparing((Ranked r) -> r.reason().expected())
      .thenComparing((Ranked r) -> r.reason().message());

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
