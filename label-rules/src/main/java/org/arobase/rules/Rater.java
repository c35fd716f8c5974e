package org.arobase.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.arobase.core.decision.Measure;
import org.arobase.core.decision.Outcome;
import org.arobase.core.decision.Provenance;
import org.arobase.core.decision.RatedCollectivity;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;
import org.arobase.core.eligibility.EligibilityVerdict;
import org.arobase.core.matrix.ServiceMatrix;
import org.arobase.core.validation.DossierValidator;
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
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * Rates one dossier in a short-lived session: inserts the facts, runs the passes in order,
 * collects the result facts and assembles the immutable {@link Decision}. Thread-safe: it only
 * holds immutable state, and each call has its own session.
 */
final class Rater {

  /** The passes, in the order they run; rules with no agenda-group run after them. */
  static final List<String> PASSES =
      List.of("eligibility", "mosaic", "obligations", "level", "mentions", "distinctions");

  /** How many of the rules that fired most a budget failure names. */
  private static final int NAMED_RULES = 3;

  private final Explain explain;
  private final KieBase base;
  private final List<RuleSource> sources;
  private final int maxFirings;
  private final long maxNanos;
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
   * @param sources the rule files the rules were compiled from, to name a failing rule's file and line
   * @param maxFirings how many times the rules may fire for one dossier
   * @param maxTime how long the rules may run for one dossier
   * @param explain the wording of the reasons
   */
  Rater(KieBase base, Edition edition, ServiceMatrix matrix, Parameters parameters, Provenance provenance,
      List<RuleSource> sources, int maxFirings, Duration maxTime, Explain explain) {
    this.base = base;
    this.explain = explain;
    this.sources = List.copyOf(sources);
    this.maxFirings = maxFirings;
    // Saturated: a budget of centuries is no budget.
    this.maxNanos = maxTime.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : maxTime.toNanos();
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
   * Rates one dossier within its budget: at most {@code maxFirings} firings and {@code maxTime},
   * checked before each firing. A rule's exception, the budget running out or a result that is
   * no decision fail this dossier only.
   *
   * @param dossier a valid dossier of the millésime
   * @param report its validation, whose eligibility verdicts the rating reuses when it has them
   * @return its decision; a refusal when the rules count none of its initiatives (eligibility
   *     rules of one's own: the validation then judged none); or the rules' failure
   */
  Evaluation rate(Dossier dossier, ValidationReport report) {
    RatingContext context = RatingContext.of(dossier, edition, matrix, slots, report.eligibility(), explain);
    Results results = new Results();
    Budget budget = new Budget(maxFirings, maxNanos);
    KieSession session = base.newKieSession();
    try {
      session.insert(context);
      parameterFactsByCategory.get(context.category()).forEach(session::insert);
      // The focus stack runs the last group set first.
      for (int i = PASSES.size() - 1; i >= 0; i--) {
        session.getAgenda().getAgendaGroup(PASSES.get(i)).setFocus();
      }
      // The budget refuses every firing once it is spent: the agenda then empties and the call returns.
      session.fireAllRules(budget);
      if (budget.spent != null) {
        return new Evaluation.Failed(overBudget(budget));
      }
      session.getObjects().forEach(results::add);
    } catch (RuntimeException | StackOverflowError e) {
      // A rule's action (or a condition, evaluated as facts are inserted) threw: this dossier fails.
      return new Evaluation.Failed(thrown(e));
    } finally {
      session.dispose();
    }
    if (results.verdicts.stream().noneMatch(EligibilityVerdict::eligible)) {
      return new Evaluation.Refused(report.plus(noneCounts(dossier, results.verdicts, explain.locale())));
    }
    return assemble(dossier, context, results);
  }

  /**
   * The budget of one dossier, as an agenda filter: it counts the firings of each rule and refuses
   * every firing once the count or the time is spent. Checked between firings, it cannot stop an
   * action that never returns or a condition that loops.
   */
  private static final class Budget implements AgendaFilter {
    final int maxFirings;
    final long maxNanos;
    final long start = System.nanoTime();
    final Map<Rule, int[]> byRule = new IdentityHashMap<>();
    int fired;
    /** Why the budget is spent; {@code null} while it is not. */
    RuleFailure.Kind spent;
    long elapsed;

    Budget(int maxFirings, long maxNanos) {
      this.maxFirings = maxFirings;
      this.maxNanos = maxNanos;
    }

    @Override
    public boolean accept(Match match) {
      if (spent != null) {
        return false;
      }
      if (fired >= maxFirings) {
        spent = RuleFailure.Kind.FIRING_LIMIT;
        elapsed = System.nanoTime() - start;
        return false;
      }
      long now = System.nanoTime() - start;
      if (now > maxNanos) {
        spent = RuleFailure.Kind.TIME_LIMIT;
        elapsed = now;
        return false;
      }
      fired++;
      byRule.computeIfAbsent(match.getRule(), r -> new int[1])[0]++;
      return true;
    }
  }

  /** The failure of a spent budget: the budget, and the rules that fired most, the first one at fault. */
  private RuleFailure overBudget(Budget budget) {
    List<Map.Entry<Rule, int[]>> top = new ArrayList<>(budget.byRule.entrySet());
    top.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(b.getValue()[0], a.getValue()[0])
        : a.getKey().getName().compareTo(b.getKey().getName()));
    StringBuilder most = new StringBuilder();
    for (int i = 0; i < Math.min(NAMED_RULES, top.size()); i++) {
      Rule r = top.get(i).getKey();
      Located at = locate(r);
      most.append(i == 0 ? "" : ", ").append('"').append(r.getName()).append("\" ")
          .append(top.get(i).getValue()[0]).append(" times");
      if (!at.file().isEmpty()) {
        most.append(" (").append(at.file()).append(at.line() > 0 ? ":" + at.line() : "").append(')');
      }
    }
    String spent = budget.spent == RuleFailure.Kind.FIRING_LIMIT
        ? "the rules fired " + budget.fired + " times for this dossier, the budget of "
            + maxFirings + " firings per dossier (LabelEngine.Builder.maxFirings); a rule loops"
        : "the rules ran " + Duration.ofNanos(budget.elapsed).toMillis() + " ms for this dossier, over the budget of "
            + Duration.ofNanos(maxNanos).toMillis() + " ms per dossier (LabelEngine.Builder.maxTimePerDossier), after "
            + budget.fired + " firings";
    String message = spent + (top.isEmpty() ? "" : "; fired most: " + most);
    if (top.isEmpty()) {
      return new RuleFailure(budget.spent, "", "", 0, message);
    }
    Rule first = top.get(0).getKey();
    Located at = locate(first);
    return new RuleFailure(budget.spent, at.file(), first.getName(), at.line(), message);
  }

  /** The failure of an exception that a rule's action or condition threw. */
  private RuleFailure thrown(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConsequenceException c && c.getRule() != null) {
        Throwable cause = c.getCause() == null ? c : root(c.getCause());
        Located at = locate(c.getRule());
        return new RuleFailure(RuleFailure.Kind.EXCEPTION, at.file(), c.getRule().getName(), at.line(),
            "its action threw " + describe(cause));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    Throwable root = root(e);
    String message = describe(e) + (root == e ? "" : " (caused by " + describe(root) + ")");
    // A condition that threw: Drools names the rule in its message only.
    Matcher named = NAMED_RULE.matcher(message);
    if (named.find()) {
      Located at = locate(null, named.group(1));
      return new RuleFailure(RuleFailure.Kind.EXCEPTION, at.file(), named.group(1), at.line(), message);
    }
    return new RuleFailure(RuleFailure.Kind.EXCEPTION, "", "", 0, message);
  }

  private static Throwable root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
  }

  /** Where a rule is written: its file as given, and the line of its {@code rule} keyword. */
  private record Located(String file, int line) {}

  /** How Drools names a rule in the message of a condition that threw: {@code [Rule "NAME" in file]}. */
  private static final Pattern NAMED_RULE = Pattern.compile("Rule \"([^\"]+)\" in ");
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

  /**
   * @param rule a rule of the compiled set
   * @return the file (the origin of its source) that declares it in its package, and the line where
   *     it starts; empty and 0 when no file does (a rule name Drools rewrote)
   */
  private Located locate(Rule rule) {
    return locate(rule.getPackageName(), rule.getName());
  }

  /**
   * @param packageName the rule's package, or {@code null} for any
   * @param name its name
   */
  private Located locate(String packageName, String name) {
    String q = Pattern.quote(name);
    Pattern declaration = Pattern.compile("^[ \\t]*rule[ \\t]+(?:\"" + q + "\"|'" + q + "'|" + q + "(?=\\s))",
        Pattern.MULTILINE);
    for (RuleSource s : sources) {
      Matcher p = PACKAGE.matcher(s.text());
      String pkg = p.find() ? p.group(1) : "";
      if (packageName != null && !pkg.isEmpty() && !pkg.equals(packageName)) {
        continue;
      }
      Matcher m = declaration.matcher(s.text());
      if (m.find()) {
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
          if (s.text().charAt(i) == '\n') {
            line++;
          }
        }
        return new Located(s.origin(), line);
      }
    }
    return new Located("", 0);
  }

  /** The violations of validation for a dossier none of whose initiatives the rules count. */
  private static ValidationReport noneCounts(Dossier dossier, List<EligibilityVerdict> verdicts, Locale locale) {
    List<Violation> out = new ArrayList<>();
    List<Initiative> initiatives = dossier.initiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      String id = initiatives.get(i).id();
      int position = i;
      verdicts.stream().filter(v -> v.initiativeId().equals(id) && !v.eligible()).findFirst()
          .ifPresent(v -> out.add(DossierValidator.ignored(position, v, locale)));
    }
    out.add(DossierValidator.noEligibleInitiative(dossier.edition(), locale));
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

  private Evaluation assemble(Dossier dossier, RatingContext context, Results results) {
    if (results.levels.size() != 1 || results.mosaics.size() != 1) {
      return new Evaluation.Failed(new RuleFailure(RuleFailure.Kind.RESULT, "", "", 0, "the rules produced "
          + results.levels.size() + " level(s) and " + results.mosaics.size()
          + " mosaïque(s) instead of one each; check the rule files (level.drl, mosaic.drl)"));
    }
    int arobases = results.levels.get(0).arobases();
    if (arobases < 1 || arobases > 5) {
      return new Evaluation.Failed(new RuleFailure(RuleFailure.Kind.RESULT, "", "", 0,
          "the rules proposed " + arobases + "@, outside 1..5"));
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
    List<Reason> reasons = reasons(results.reasons, verdicts, explain);
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
    return new Evaluation.Rated(Decision.builder()
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
        .build());
  }

  /**
   * The decision's reasons in {@link #REASON_ORDER}, with the reason of every eligibility verdict,
   * {@code ELIGIBILITY.<id>}, unless a rule inserted a reason with that id itself.
   *
   * @param inserted the reasons the rules inserted
   * @param verdicts the eligibility verdicts, in id order
   * @param explain the wording
   */
  private static List<Reason> reasons(List<Reason> inserted, List<EligibilityVerdict> verdicts, Explain explain) {
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
        derived.add(explain.worded(rule, v.eligible(), List.of(new Measure("eligibility", Measure.Unit.CODE,
            Explain.eligibility(v), Measure.Comparison.EQUAL, "ELIGIBLE")), v.message()));
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
