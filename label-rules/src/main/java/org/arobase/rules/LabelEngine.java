package org.arobase.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.LabelData;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.Provenance;
import org.arobase.core.internal.Messages;
import org.arobase.core.matrix.ServiceMatrix;
import org.arobase.core.validation.DossierCheck;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.InvalidDossierException;
import org.arobase.core.validation.ValidationReport;
import org.arobase.core.validation.Violation;
import org.arobase.core.validation.ViolationCodes;
import org.arobase.rules.facts.Explain;
import org.kie.api.KieBase;

/**
 * The rating engine of one millésime: from a valid dossier, proposes the arobases, the mentions
 * and the distinctions, with the <em>mosaïque</em> and every reason (docs/METHOD.md).
 *
 * <pre>{@code
 * LabelEngine engine = LabelEngine.builder().edition(2022).build();
 * Decision decision = engine.evaluate(dossier);
 * }</pre>
 *
 * <p>An engine compiles its rules once, when built, and is immutable and thread-safe: share one
 * per millésime. Engines built with the same rules and matrix version share the compiled rules.
 * The bundled rules come precompiled (Drools' executable model, generated when the library is
 * built); rule files of one's own are compiled from DRL, with the bundled ones, at run time.
 */
public final class LabelEngine {

  /** The bundled rule files, one per concern, shared by every millésime. */
  private static final List<String> BUNDLED_RULES = List.of(
      "eligibility.drl", "mosaic.drl", "obligations.drl", "level.drl", "mentions.drl", "distinctions.drl");
  private static final String RESOURCES = "/org/arobase/rules/";
  private static final String ELIGIBILITY_RULES = "eligibility.drl";

  private final Edition edition;
  private final ServiceMatrix matrix;
  private final DossierValidator validator;
  private final Rater rater;
  private final Provenance provenance;
  private final int ruleCount;
  private final int maxFirings;
  private final Duration maxTimePerDossier;

  /** The default of {@link Builder#maxFirings(int)}: the bundled rules fire about 35 times per dossier. */
  public static final int DEFAULT_MAX_FIRINGS = 100_000;
  /** The default of {@link Builder#maxTimePerDossier(Duration)}: a bundled rating takes well under a millisecond. */
  public static final Duration DEFAULT_MAX_TIME_PER_DOSSIER = Duration.ofSeconds(10);

  private LabelEngine(Edition edition, ServiceMatrix matrix, Parameters parameters, List<RuleSource> rules,
      String ruleSetId, Tuning tuning, List<DossierCheck> checks, int maxFirings, Duration maxTime, Locale locale) {
    this.edition = edition;
    this.matrix = matrix;
    // A rule file of one's own named eligibility.drl is the only judge of what counts: the
    // validation then leaves eligibility to it.
    boolean ownEligibility = rules.stream().anyMatch(r -> !r.bundled() && r.name().equals(ELIGIBILITY_RULES));
    DossierValidator.Builder validation = DossierValidator.builder().edition(edition).matrix(matrix)
        .judgeEligibility(!ownEligibility).locale(locale);
    checks.forEach(validation::addCheck);
    this.validator = validation.build();
    KieBase base;
    try {
      base = KieBases.get(matrix.version(), rules, tuning == Tuning.THROUGHPUT);
    } catch (KieBases.CompilationFailed e) {
      throw new RuleCompilationException(e.errors().stream()
          .map(x -> new RuleCompilationException.Problem(x.origin(), x.line(), x.message())).toList());
    }
    this.ruleCount = KieBases.ruleCount(base);
    this.provenance = new Provenance(matrix.version(), ruleSetId, KieBases.hash(rules), parameters.version(),
        libraryVersion(), Decision.FORMAT);
    this.rater = new Rater(base, edition, matrix, parameters, provenance, rules, maxFirings, maxTime,
        Explain.in(locale));
    this.maxFirings = maxFirings;
    this.maxTimePerDossier = maxTime;
  }

  /**
   * What the engine is built for when it compiles rules at run time. Both give the same decisions;
   * they differ in how the rules' actions are compiled. The bundled rule set alone is compiled at
   * build time (Drools' executable model, bytecode): an engine without a rule file of one's own is
   * built from it whatever the tuning, fast to build and fast to rate. The tuning applies to rule
   * sets with a file of one's own ({@link Builder#addRules}), compiled from DRL at run time with
   * the bundled files.
   */
  public enum Tuning {
    /** Rules compiled to bytecode: the fastest rating, for batches and long-lived applications (the default). */
    THROUGHPUT,
    /**
     * The bundled files' actions interpreted by MVEL when they are compiled with a file of one's
     * own: ready about half a second sooner, each rating about a third slower; for a command that
     * rates a few dossiers and exits. A rule file that names the {@code java} dialect itself still
     * compiles it.
     */
    START_UP
  }

  /**
   * Checks the rating's parameters of every millésime of the data, as building an engine for each
   * would, without compiling the rules.
   *
   * @param data the data
   * @throws IllegalArgumentException naming the file, line and key of the first problem
   */
  public static void checkParameters(LabelData data) {
    for (Edition e : data.editions()) {
      Parameters.of(data, e);
    }
  }

  /** @return a builder; {@link Builder#edition(int)} is required */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Rates one dossier, validating it once: the engine's validator checks it (with the checks
   * given to {@link Builder#addCheck}), and the rating reuses the eligibility verdicts of that
   * validation. The same as {@link #assess}, throwing for what is not a decision.
   *
   * @param dossier a dossier of this engine's millésime
   * @return the decision
   * @throws InvalidDossierException with the full report when the dossier is not valid (a dossier
   *     with no eligible initiative has the code {@code NO_ELIGIBLE_INITIATIVE}) or is of another millésime
   * @throws RuleFailureException when the rules cannot rate it: a rule's action threw, the budget
   *     per dossier ({@link Builder#maxFirings}, {@link Builder#maxTimePerDossier}) ran out, or the
   *     rules produced no decision; it names the rule file, the rule and its line
   */
  public Decision evaluate(Dossier dossier) {
    return assess(dossier).orThrow();
  }

  /**
   * Rates one dossier as {@link #evaluate} does, but returns what became of it rather than
   * throwing: {@link Evaluation.Rated} with its decision, {@link Evaluation.Refused} with its
   * validation report, or {@link Evaluation.Failed} with the rules' failure.
   *
   * @param dossier a dossier of this engine's millésime
   * @return its evaluation, never {@code null}
   */
  public Evaluation assess(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    if (dossier.edition() != edition.year()) {
      return new Evaluation.Refused(ValidationReport.of(List.of(Violation.error("/edition",
          ViolationCodes.EDITION_UNKNOWN, "this engine rates the millésime " + edition.year() + ", not "
              + dossier.edition() + "; build an engine for " + dossier.edition()))));
    }
    ValidationReport report = validator.validate(dossier);
    if (!report.isValid()) {
      return new Evaluation.Refused(report);
    }
    return rater.rate(dossier, report);
  }

  /**
   * @return the validator {@link #evaluate} checks dossiers with: this millésime and matrix, the
   *     checks given to {@link Builder#addCheck}, and eligibility judged by the validation unless the
   *     engine's {@code eligibility.drl} is a file of one's own
   */
  public DossierValidator validator() {
    return validator;
  }

  /**
   * Rates many dossiers on all cores (those of the fork-join pool the caller runs in, or of the
   * common pool and the calling thread), and throws for the first one that is not rated.
   *
   * @param dossiers dossiers of this engine's millésime
   * @return their decisions, in the order of the collection
   * @throws InvalidDossierException for the first dossier in that order that is refused, after
   *     rating the others; the pointers of its report start with its position in the collection
   *     ({@code /3/initiatives/0/services/1}), as those of a JSON array of dossiers
   * @throws RuleFailureException for the first dossier in that order that the rules fail, with
   *     its {@link RuleFailureException#position() position}
   * @see #evaluateEach
   */
  public List<Decision> evaluateAll(Collection<Dossier> dossiers) {
    List<Evaluation> evaluations = evaluateEach(dossiers);
    List<Decision> decisions = new ArrayList<>(evaluations.size());
    for (int i = 0; i < evaluations.size(); i++) {
      Evaluation e = evaluations.get(i);
      if (e instanceof Evaluation.Rated r) {
        decisions.add(r.decision());
      } else if (e instanceof Evaluation.Refused r) {
        String at = "/" + i;
        throw new InvalidDossierException(ValidationReport.of(r.report().violations().stream()
            .map(v -> new Violation(at + v.pointer(), v.code(), v.severity(), v.message())).toList(),
            r.report().eligibility()));
      } else if (e instanceof Evaluation.Failed f) {
        throw new RuleFailureException(f.failure(), i);
      }
    }
    return List.copyOf(decisions);
  }

  /**
   * Rates many dossiers on all cores, as {@link #evaluateAll}, and says what became of each: one
   * dossier that is refused or that the rules fail leaves the others rated.
   *
   * @param dossiers dossiers of this engine's millésime
   * @return one evaluation per dossier, in the order of the collection: {@link Evaluation.Rated},
   *     {@link Evaluation.Refused} or {@link Evaluation.Failed}
   */
  public List<Evaluation> evaluateEach(Collection<Dossier> dossiers) {
    List<Dossier> list = List.copyOf(dossiers);
    Evaluation[] outcomes = new Evaluation[list.size()];
    // Each thread takes the next dossier until none is left, rather than a fixed share: no core
    // waits at the end of a batch for another one's last share (docs/PERFORMANCE.md).
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < outcomes.length; i = next.getAndIncrement()) {
        outcomes[i] = assess(list.get(i));
      }
    };
    boolean inPool = ForkJoinTask.inForkJoinPool();
    ForkJoinPool pool = inPool ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
    int helpers = Math.min(list.size() - 1, inPool ? pool.getParallelism() - 1 : pool.getParallelism());
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    for (int h = 0; h < helpers; h++) {
      tasks.add(pool.submit(worker));
    }
    try {
      worker.run();
    } finally {
      // The helpers finish even when this thread failed, so that none outlives the call.
      tasks.forEach(ForkJoinTask::quietlyJoin);
    }
    tasks.forEach(ForkJoinTask::join);
    return List.of(outcomes);
  }

  /** @return the millésime this engine rates */
  public Edition edition() {
    return edition;
  }

  /** @return the matrix its dossiers are classified in */
  public ServiceMatrix matrix() {
    return matrix;
  }

  /** @return the stamp every decision of this engine carries: matrix, rule set and its hash, parameters, versions */
  public Provenance provenance() {
    return provenance;
  }

  /** @return how many times the rules may fire for one dossier ({@link Builder#maxFirings}) */
  public int maxFirings() {
    return maxFirings;
  }

  /** @return how long the rules may run for one dossier ({@link Builder#maxTimePerDossier}) */
  public Duration maxTimePerDossier() {
    return maxTimePerDossier;
  }

  /** @return how many rules the compiled rule set holds (never 0) */
  public int ruleCount() {
    return ruleCount;
  }

  @Override
  public String toString() {
    return "LabelEngine[" + edition.year() + ", " + provenance.ruleSetId() + ", " + ruleCount + " rules]";
  }

  private static String libraryVersion() {
    try (InputStream in = LabelEngine.class.getResourceAsStream(RESOURCES + "version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "");
      return v.isEmpty() || v.startsWith("$") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** @return the bundled rule files, as shipped */
  static List<RuleSource> bundledSources() {
    List<RuleSource> sources = new ArrayList<>();
    for (String name : BUNDLED_RULES) {
      sources.add(new RuleSource(name, "org/arobase/rules/" + name, Objects.requireNonNull(resource(name), name), true));
    }
    return sources;
  }

  private static String resource(String name) {
    try (InputStream in = LabelEngine.class.getResourceAsStream(RESOURCES + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled resource " + name, e);
    }
  }

  /** Settings of a {@link LabelEngine}: the millésime, and optionally a matrix, parameters and rule files. */
  public static final class Builder {
    private Edition edition;
    private ServiceMatrix matrix;
    private Path parameters;
    private final Map<String, Path> rules = new LinkedHashMap<>();
    private Tuning tuning = Tuning.THROUGHPUT;
    private int maxFirings = DEFAULT_MAX_FIRINGS;
    private Duration maxTimePerDossier = DEFAULT_MAX_TIME_PER_DOSSIER;
    private Locale locale = Locale.FRENCH;
    private final List<DossierCheck> checks = new ArrayList<>();
    private LabelData data = LabelData.bundled();
    /** The year given to {@link #edition(int)}, looked up again when the data changes; 0 otherwise. */
    private int year;

    private Builder() {}

    /**
     * Sets the language of the decisions' words: the reasons' sentences and values, and the
     * messages of the validation. French by default; English for a locale whose language is
     * English, French for any other. The decisions are the same in every language but for their
     * words: the outcomes, codes and {@link org.arobase.core.decision.Measure}s do not change.
     *
     * @param locale the language
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Messages.supported(locale);
      return this;
    }

    /**
     * Adds a check that {@link LabelEngine#evaluate} runs on every dossier after the validator's own,
     * for example the identity against the official geography
     * ({@code Geography.official().identityCheck()}).
     *
     * @param check the check
     * @return this builder
     */
    public Builder addCheck(DossierCheck check) {
      checks.add(Objects.requireNonNull(check, "check"));
      return this;
    }

    /**
     * Sets how many times the rules may fire for one dossier, all passes together. A dossier whose
     * rules fire more fails alone, with {@link RuleFailure.Kind#FIRING_LIMIT} and the rules that
     * fired most: a rule loops. The bundled rules fire about 35 times per dossier.
     *
     * @param firings at least 1; {@value LabelEngine#DEFAULT_MAX_FIRINGS} by default
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder maxFirings(int firings) {
      if (firings < 1) {
        throw new IllegalArgumentException("maxFirings must be at least 1, not " + firings);
      }
      this.maxFirings = firings;
      return this;
    }

    /**
     * Sets how long the rules may run for one dossier. The clock is read before each firing: a
     * dossier whose rules run longer fails alone, with {@link RuleFailure.Kind#TIME_LIMIT}. An
     * action that never returns, or a condition that loops, is not between two firings and cannot
     * be stopped this way (docs/METHOD.md §12).
     *
     * @param time positive; 10 seconds by default
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public Builder maxTimePerDossier(Duration time) {
      Objects.requireNonNull(time, "time");
      if (time.isZero() || time.isNegative()) {
        throw new IllegalArgumentException("maxTimePerDossier must be positive, not " + time);
      }
      this.maxTimePerDossier = time;
      return this;
    }

    /**
     * @param tuning {@link Tuning#THROUGHPUT} (the default) or {@link Tuning#START_UP}
     * @return this builder
     */
    public Builder tuning(Tuning tuning) {
      this.tuning = Objects.requireNonNull(tuning, "tuning");
      return this;
    }

    /**
     * @param year a millésime of the data ({@link #data(LabelData)}, the bundled data by default:
     *     2020 to 2027)
     * @return this builder
     * @throws IllegalArgumentException for a millésime the data does not have
     */
    public Builder edition(int year) {
      this.edition = data.edition(year);
      this.year = year;
      return this;
    }

    /**
     * Reads the millésimes, matrices and parameters from this data rather than the bundled data,
     * for example a directory loaded with {@link LabelData#load(Path)} that corrects 2027 or adds 2028.
     *
     * @param data the data
     * @return this builder
     */
    public Builder data(LabelData data) {
      this.data = Objects.requireNonNull(data, "data");
      if (year != 0) {
        this.edition = data.edition(year);
      }
      return this;
    }

    /**
     * Rates a millésime of your own (for example with other dates); its parameters are those of the
     * data for the same year unless {@link #parameters(Path)} gives others.
     *
     * @param edition the millésime
     * @return this builder
     */
    public Builder edition(Edition edition) {
      this.edition = Objects.requireNonNull(edition, "edition");
      this.year = 0;
      return this;
    }

    /**
     * Uses another matrix than the bundled one of the millésime, for example the association's
     * official list loaded with {@link ServiceMatrix#load(Path)}.
     *
     * @param matrix the matrix
     * @return this builder
     */
    public Builder matrix(ServiceMatrix matrix) {
      this.matrix = Objects.requireNonNull(matrix, "matrix");
      return this;
    }

    /**
     * Uses a parameters file of one's own instead of the data's dated parameters: UTF-8 {@code java.util.Properties}
     * with the keys of {@code parameters.tsv} (docs/METHOD.md §12, docs/DATA.md).
     *
     * @param file the file
     * @return this builder
     */
    public Builder parameters(Path file) {
      this.parameters = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Adds DRL files to the rule set; a file with the name of a bundled one (e.g. {@code level.drl})
     * replaces it. Rules run in the pass of their {@code agenda-group} (eligibility, mosaic,
     * obligations, level, mentions, distinctions), or after every pass when they name none.
     *
     * <p><strong>A rule file is code, trusted like a plugin</strong>: its actions and functions are
     * Java run in the JVM with the application's rights. A rule can call {@code System.exit}, read
     * or write files, open connections, put what it read in a reason of the decision, or never
     * return. Give the engine only files written or reviewed by the people who run it, never files
     * uploaded by applicants or the public. The engine guards each dossier with a budget
     * ({@link #maxFirings}, {@link #maxTimePerDossier}, checked between firings) and turns an
     * exception of a rule into a failure of that dossier alone ({@link RuleFailure}); it does not
     * sandbox the rules, and cannot stop an action that never returns or a condition that loops
     * (docs/METHOD.md §12).
     *
     * @param files DRL files
     * @return this builder
     * @throws IllegalArgumentException when two of the files have the same name
     */
    public Builder addRules(Path... files) {
      for (Path file : files) {
        String name = Objects.requireNonNull(file, "file").getFileName().toString();
        Path previous = rules.putIfAbsent(name, file);
        if (previous != null && !previous.equals(file)) {
          throw new IllegalArgumentException("two rule files are named " + name + ": " + previous + " and " + file);
        }
      }
      return this;
    }

    /**
     * Compiles the rules (once per rule set and matrix version in the JVM) and checks the parameters.
     *
     * @return the engine
     * @throws IllegalStateException when no millésime was given, or the rule set holds no rule
     * @throws IllegalArgumentException when a file cannot be read or the parameters are wrong, naming the file
     * @throws RuleCompilationException when a rule file does not compile, naming the file, line and message
     */
    public LabelEngine build() {
      if (edition == null) {
        throw new IllegalStateException("no millésime: call edition(2022) or edition(Edition) first");
      }
      ServiceMatrix m = matrix != null ? matrix : data.matrix(edition.matrixVersion());
      Parameters p = readParameters(m);
      Map<String, RuleSource> sources = new LinkedHashMap<>();
      for (RuleSource s : bundledSources()) {
        sources.put(s.name(), s);
      }
      List<String> user = new ArrayList<>();
      for (Map.Entry<String, Path> e : rules.entrySet()) {
        sources.put(e.getKey(), new RuleSource(e.getKey(), e.getValue().toString(), read(e.getValue()), false));
        user.add(e.getKey());
      }
      String id = "arobase-" + edition.year() + (user.isEmpty() ? "" : "+" + String.join("+", user));
      return new LabelEngine(edition, m, p, List.copyOf(sources.values()), id, tuning, List.copyOf(checks),
          maxFirings, maxTimePerDossier, locale);
    }

    private Parameters readParameters(ServiceMatrix m) {
      try {
        if (parameters != null) {
          try (Reader reader = Files.newBufferedReader(parameters, StandardCharsets.UTF_8)) {
            return Parameters.read(parameters.toString(), reader, edition).checkedAgainst(parameters.toString(), m);
          }
        }
        // Checked against the data's matrix of the millésime; a matrix of one's own is checked too.
        Parameters p = Parameters.of(data, edition);
        return matrix == null ? p : p.checkedAgainst("parameters.tsv (millésime " + edition.year() + ")", m);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the parameters " + parameters + ": " + e, e);
      }
    }

    private static String read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the rule file " + file + ": " + e, e);
      }
    }
  }
}
