package org.arobase.rules.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.arobase.core.Category;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.LabelData;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.core.decision.Outcome;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;
import org.arobase.rules.Evaluation;
import org.arobase.rules.LabelEngine;
import org.arobase.rules.ParametersFile;
import org.arobase.rules.facts.LevelParameter;

/**
 * Turns the levels a jury awarded back into level criteria (docs/CALIBRATION.md): the criteria per
 * category, within their ranges and never decreasing from one level to the next, that best
 * reproduce the awards, the base parameters preferred when several fit equally; with the
 * agreement on the awarded dossiers and by k-fold cross-validation, and the audit of the awards'
 * inversions.
 *
 * <p>The mosaïque does not depend on the thresholds: each dossier is rated once by the engine
 * with the base parameters, and the search evaluates the level of candidate criteria in plain
 * Java with the semantics of level.drl (the highest level whose criteria and all lower levels'
 * hold, 1@ at least, under the ceiling of the missing obligations).
 */
public final class Calibration {

  /** Below this many awarded dossiers, the result carries a warning. */
  public static final int LEAST_DOSSIERS = 50;
  /** Below this many awarded dossiers of a category (but some), the result carries a warning. */
  public static final int LEAST_IN_CATEGORY = 15;

  private final Edition edition;
  private final ParametersFile base;
  private final List<Case> cases;
  private final int unawarded;
  private final int folds;
  private final long seed;

  private Calibration(Edition edition, ParametersFile base, List<Case> cases, int unawarded, int folds, long seed) {
    this.edition = edition;
    this.base = base;
    this.cases = List.copyOf(cases);
    this.unawarded = unawarded;
    this.folds = folds;
    this.seed = seed;
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the millésime */
  public Edition edition() {
    return edition;
  }

  /** @return how many awarded dossiers the calibration is on */
  public int dossiers() {
    return cases.size();
  }

  /**
   * Searches the level criteria, and cross-validates them.
   *
   * @return the result
   */
  public CalibrationResult run() {
    Map<Category, Grid> fitted = fit(cases);
    int n = cases.size();
    int[] awarded = new int[n];
    int[] predicted = new int[n];
    int[] before = new int[n];
    List<List<Integer>> confusion = new ArrayList<>();
    int[][] counts = new int[5][5];
    Map<Category, Grid> bases = bases();
    for (int i = 0; i < n; i++) {
      Case c = cases.get(i);
      awarded[i] = c.award();
      predicted[i] = fitted.get(c.category()).level(c);
      before[i] = bases.get(c.category()).level(c);
      counts[awarded[i] - 1][predicted[i] - 1]++;
    }
    for (int[] row : counts) {
      List<Integer> r = new ArrayList<>();
      for (int x : row) {
        r.add(x);
      }
      confusion.add(r);
    }
    int k = Math.max(2, Math.min(folds, n));
    int[] held = new int[n];
    if (n >= 2) {
      int[] order = shuffled(n);
      for (int f = 0; f < k; f++) {
        List<Case> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          if (j % k == f) {
            test.add(order[j]);
          } else {
            train.add(cases.get(order[j]));
          }
        }
        Map<Category, Grid> g = fit(train);
        for (int i : test) {
          held[i] = g.get(cases.get(i).category()).level(cases.get(i));
        }
      }
    }
    List<Change> changes = new ArrayList<>();
    Map<String, String> values = new TreeMap<>();
    List<LevelParameter> levels = new ArrayList<>();
    for (Category category : Category.values()) {
      Grid b = bases.get(category);
      Grid g = fitted.get(category);
      levels.addAll(g.parameters());
      for (int i = 0; i < 4; i++) {
        for (int c = 0; c < 3; c++) {
          if (g.get(c, i) != b.get(c, i)) {
            String key = "level." + (i + 2) + "." + category + "." + Grid.CRITERIA[c];
            String after = c == 0 ? fraction(g.get(c, i)) : String.valueOf((int) g.get(c, i));
            values.put(key, after);
            changes.add(new Change(key, base.values().getOrDefault(key, ""), after));
          }
        }
      }
    }
    Agreement agreement = Agreement.of(predicted, awarded);
    Agreement cross = n >= 2 ? Agreement.of(held, awarded) : agreement;
    List<CalibrationWarning> warnings = new ArrayList<>();
    if (n < LEAST_DOSSIERS) {
      warnings.add(new CalibrationWarning(CalibrationWarning.Kind.TOO_FEW_DOSSIERS, Optional.empty(), n,
          LEAST_DOSSIERS));
    }
    for (Category category : Category.values()) {
      long m = cases.stream().filter(c -> c.category() == category).count();
      if (m > 0 && m < LEAST_IN_CATEGORY) {
        warnings.add(new CalibrationWarning(CalibrationWarning.Kind.TOO_FEW_IN_CATEGORY, Optional.of(category),
            (int) m, LEAST_IN_CATEGORY));
      }
    }
    values.put("version", base.version() + "-calibrated");
    List<String> comments = List.of(
        "Level criteria calibrated by arobase calibrate on " + n + " awarded dossiers of the millésime "
            + edition.year() + " (docs/CALIBRATION.md): a proposal for the jury, not the jury.",
        String.format(Locale.ROOT, "Agreement with the awards: %.1f %% exact, %.1f %% within one arobase;"
            + " cross-validated (%d folds): %.1f %% exact, %.1f %% within one.", agreement.exact() * 100,
            agreement.withinOne() * 100, k, cross.exact() * 100, cross.withinOne() * 100),
        "Base parameters: version " + base.version() + "; " + changes.size() + " level criteria changed.");
    String text = base.text(values, comments);
    return new CalibrationResult(edition.year(), n, unawarded, k, seed, Agreement.of(before, awarded), agreement,
        cross, confusion, changes, warnings, levels, text);
  }

  /**
   * Compares every two awarded dossiers of the same category.
   *
   * @return the inversions: a mosaïque at least as good on every criterion and better on one,
   *     awarded fewer arobases
   */
  public Audit audit() {
    Map<Category, List<String>> required = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      Set<String> all = new LinkedHashSet<>();
      base.levels().stream().filter(p -> p.category() == category).forEach(p -> all.addAll(p.requiredEnjeux()));
      required.put(category, List.copyOf(all));
    }
    List<Inversion> out = new ArrayList<>();
    for (Case a : cases) {
      Inversion.Side sa = side(a, required.get(a.category()));
      for (Case b : cases) {
        if (a == b || a.category() != b.category() || a.award() >= b.award()) {
          continue;
        }
        Inversion.Side sb = side(b, required.get(b.category()));
        if (sa.score() >= sb.score() && sa.coveredEnjeux() >= sb.coveredEnjeux()
            && sa.coveredAxes() >= sb.coveredAxes() && sa.requiredEnjeux().containsAll(sb.requiredEnjeux())) {
          List<String> better = new ArrayList<>();
          if (sa.score() > sb.score()) {
            better.add("score");
          }
          if (sa.coveredEnjeux() > sb.coveredEnjeux()) {
            better.add("coveredEnjeux");
          }
          if (sa.coveredAxes() > sb.coveredAxes()) {
            better.add("coveredAxes");
          }
          if (sa.requiredEnjeux().size() > sb.requiredEnjeux().size()) {
            better.add("requiredEnjeux");
          }
          if (!better.isEmpty()) {
            out.add(new Inversion(sa, sb, better));
          }
        }
      }
    }
    out.sort((x, y) -> {
      int c = Integer.compare(y.lower().arobases() - y.higher().arobases(), x.lower().arobases() - x.higher().arobases());
      if (c == 0) {
        c = x.higher().code().compareTo(y.higher().code());
      }
      return c != 0 ? c : x.lower().code().compareTo(y.lower().code());
    });
    return new Audit(cases.size(), out);
  }

  private static Inversion.Side side(Case c, List<String> required) {
    return new Inversion.Side(c.code(), c.name(), c.category(), c.award(), c.score(), c.enjeux(), c.axes(),
        required.stream().filter(c.covered()::contains).toList());
  }

  /** @return the level the base parameters give each awarded dossier through the Java evaluation, by code */
  Map<String, Integer> javaLevels() {
    Map<Category, Grid> bases = bases();
    Map<String, Integer> out = new HashMap<>();
    cases.forEach(c -> out.put(c.code(), bases.get(c.category()).level(c)));
    return out;
  }

  /** @return the level the engine gave each awarded dossier with the base parameters, by code */
  Map<String, Integer> engineLevels() {
    Map<String, Integer> out = new HashMap<>();
    cases.forEach(c -> out.put(c.code(), c.engine()));
    return out;
  }

  List<Case> cases() {
    return cases;
  }

  private Map<Category, Grid> bases() {
    Map<Category, Grid> out = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      out.put(category, Grid.of(category, base.levels()));
    }
    return out;
  }

  private Map<Category, Grid> fit(List<Case> on) {
    Map<Category, Grid> out = new EnumMap<>(Category.class);
    for (Category category : Category.values()) {
      out.put(category, Search.fit(Grid.of(category, base.levels()),
          on.stream().filter(c -> c.category() == category).toList()));
    }
    return out;
  }

  private int[] shuffled(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** @return a score as the parameters file writes it: whole percents, e.g. {@code 0.18} */
  static String fraction(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /**
   * What the level of a decision depends on besides the criteria.
   *
   * @param d a decision of the engine
   * @param caps the ceiling of each obligation, by code
   * @param award the level awarded, 0 when none
   */
  static Case of(Decision d, Map<String, Integer> caps, int award) {
    int cap = 5;
    for (Reason r : d.reasons()) {
      if (r.outcome() == Outcome.MISSED && r.ruleId().concern() == RuleId.Concern.OBLIGATION) {
        Integer c = caps.get(r.rule().substring("OBLIGATION.".length()));
        if (c != null) {
          cap = Math.min(cap, c);
        }
      }
    }
    Set<String> covered = new HashSet<>();
    for (EnjeuScore e : d.mosaic().enjeux()) {
      if (e.covered()) {
        covered.add(e.code());
      }
    }
    return new Case(d.collectivity().code(), d.collectivity().name(), d.collectivity().category(),
        d.mosaic().score(), d.mosaic().coveredEnjeux(), d.mosaic().coveredAxes(), covered, cap, award, d.arobases());
  }

  /** Settings of a {@link Calibration}: the dossiers, the awards, the base parameters. */
  public static final class Builder {
    private LabelData data = LabelData.bundled();
    private Integer year;
    private Path base;
    private AwardsTable awards = AwardsTable.of(Map.of());
    private final List<Dossier> dossiers = new ArrayList<>();
    private int folds = 5;
    private long seed;

    private Builder() {}

    /**
     * @param data the data of the millésimes (the bundled data by default)
     * @return this builder
     */
    public Builder data(LabelData data) {
      this.data = Objects.requireNonNull(data, "data");
      return this;
    }

    /**
     * @param year the millésime of the dossiers; by default, the one they are all of
     * @return this builder
     */
    public Builder edition(int year) {
      this.year = year;
      return this;
    }

    /**
     * @param parameters a parameters file to start from and to prefer (the data's parameters of
     *     the millésime by default)
     * @return this builder
     */
    public Builder base(Path parameters) {
      this.base = parameters;
      return this;
    }

    /**
     * @param awards the levels awarded
     * @return this builder
     */
    public Builder awards(AwardsTable awards) {
      this.awards = Objects.requireNonNull(awards, "awards");
      return this;
    }

    /**
     * @param levels the level awarded to each collectivité, by code
     * @return this builder
     */
    public Builder awards(Map<String, Integer> levels) {
      return awards(AwardsTable.of(levels));
    }

    /**
     * @param dossiers the dossiers (those without an award are left out)
     * @return this builder
     */
    public Builder dossiers(Collection<Dossier> dossiers) {
      this.dossiers.addAll(dossiers);
      return this;
    }

    /**
     * @param k the folds of the cross-validation, at least 2 (5 by default)
     * @return this builder
     */
    public Builder folds(int k) {
      if (k < 2) {
        throw new IllegalArgumentException("folds must be at least 2, not " + k);
      }
      this.folds = k;
      return this;
    }

    /**
     * @param seed the seed that shares the dossiers out among the folds (0 by default)
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Rates every dossier once with the base parameters and matches the awards to them.
     *
     * @return the calibration, ready to run
     * @throws CalibrationException for an award of no dossier, two dossiers of one collectivité,
     *     dossiers of several millésimes, a dossier the engine cannot rate, or no award at all
     * @throws IllegalArgumentException when the base parameters are wrong, naming the file and key
     */
    public Calibration build() {
      List<AwardsTable.Problem> problems = new ArrayList<>();
      Set<Integer> years = new TreeSet<>();
      dossiers.forEach(d -> years.add(d.edition()));
      int edition;
      if (year != null) {
        edition = year;
        years.remove(year);
        if (!years.isEmpty()) {
          years.add(year);
        }
      } else {
        edition = years.isEmpty() ? data.newest().year() : years.iterator().next();
      }
      if (years.size() > 1) {
        problems.add(new AwardsTable.Problem(AwardsTable.Problem.Kind.EDITIONS, "", 0, "", years.toString()));
        throw new CalibrationException(problems);
      }
      Edition e = data.edition(edition);
      LabelEngine.Builder engine = LabelEngine.builder().data(data).edition(edition);
      if (base != null) {
        engine.parameters(base);
      }
      LabelEngine rater = engine.build();
      ParametersFile parameters = base == null ? ParametersFile.of(data, e) : ParametersFile.read(base, e);
      Map<String, Integer> caps = parameters.obligationCaps();
      Map<String, Integer> levels = awards.levels();
      Map<String, Dossier> byCode = new HashMap<>();
      for (Dossier d : dossiers) {
        if (byCode.putIfAbsent(d.collectivity().code(), d) != null) {
          problems.add(new AwardsTable.Problem(AwardsTable.Problem.Kind.DUPLICATE_DOSSIER, "", 0,
              d.collectivity().code(), ""));
        }
      }
      for (AwardsTable.Entry a : awards.entries()) {
        if (!byCode.containsKey(a.code())) {
          problems.add(new AwardsTable.Problem(AwardsTable.Problem.Kind.UNKNOWN_CODE, a.source(), a.line(), a.code(), ""));
        }
      }
      List<Dossier> awarded = dossiers.stream().filter(d -> levels.containsKey(d.collectivity().code())).toList();
      List<Evaluation> evaluations = rater.evaluateEach(awarded);
      List<Case> cases = new ArrayList<>();
      for (int i = 0; i < awarded.size(); i++) {
        Dossier d = awarded.get(i);
        Evaluation ev = evaluations.get(i);
        if (ev instanceof Evaluation.Rated rated) {
          cases.add(of(rated.decision(), caps, levels.get(d.collectivity().code())));
        } else {
          String why = ev instanceof Evaluation.Refused refused
              ? refused.report().violations().stream().map(v -> v.code() + " " + v.message()).findFirst().orElse("")
              : ((Evaluation.Failed) ev).failure().toString();
          problems.add(new AwardsTable.Problem(AwardsTable.Problem.Kind.NOT_RATED, "", 0, d.collectivity().code(), why));
        }
      }
      if (problems.isEmpty() && cases.isEmpty()) {
        problems.add(new AwardsTable.Problem(AwardsTable.Problem.Kind.NO_AWARD, "", 0, "", ""));
      }
      if (!problems.isEmpty()) {
        throw new CalibrationException(problems);
      }
      return new Calibration(e, parameters, cases, dossiers.size() - awarded.size(), folds, seed);
    }
  }
}
