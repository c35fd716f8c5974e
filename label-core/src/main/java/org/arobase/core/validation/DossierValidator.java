package org.arobase.core.validation;

import static org.arobase.core.validation.Violation.pointerOf;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.arobase.core.Category;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Compliance;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.Identifiers;
import org.arobase.core.Initiative;
import org.arobase.core.LabelData;
import org.arobase.core.PastLabel;
import org.arobase.core.eligibility.Eligibility;
import org.arobase.core.eligibility.EligibilityVerdict;
import org.arobase.core.internal.Messages;
import org.arobase.core.matrix.Service;
import org.arobase.core.matrix.ServiceMatrix;

/**
 * Checks a dossier and reports every problem at once (docs/VALIDATION.md); codes are listed in
 * {@link ViolationCodes} and docs/VALIDATION.md. A validator is immutable and thread-safe.
 *
 * <p>The messages are in French unless the validator is built with
 * {@link Builder#locale(Locale) locale(Locale.ENGLISH)}; they come from
 * {@code messages_fr.properties} and {@code messages_en.properties} next to this class. The codes
 * and pointers are the stable contract, the same in every language; the messages are for people
 * and may change.
 *
 * <pre>{@code
 * ValidationReport report = DossierValidator.standard().validate(dossier);
 * if (!report.isValid()) report.errors().forEach(System.err::println);
 * }</pre>
 */
public final class DossierValidator {

  /** The smallest limit of initiatives per dossier a validator may have. */
  public static final int MIN_INITIATIVES_LIMIT = 2_000;
  /** The longest title of an initiative. */
  public static final int MAX_TITLE = 300;
  /** The longest summary of an initiative. */
  public static final int MAX_SUMMARY = 10_000;
  /** The longest id, name, tag or link. */
  public static final int MAX_SHORT_TEXT = 2_000;
  /** The first millésime of the label. */
  public static final int FIRST_EDITION = 2000;

  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  private static final Pattern DEPARTEMENT = Pattern.compile("(?:0[1-9]|1\\d|2[1-9AB]|[3-8]\\d|9[0-5]|97[1-8])");
  private static final DossierValidator STANDARD = builder().build();

  private final int maxInitiatives;
  private final Map<Integer, Edition> editions;
  private final Map<String, ServiceMatrix> matrices;
  private final List<DossierCheck> checks;
  private final boolean judgeEligibility;
  private final Messages messages;

  private DossierValidator(Builder builder) {
    this.messages = messages(builder.locale);
    this.judgeEligibility = builder.judgeEligibility;
    this.maxInitiatives = builder.maxInitiatives;
    this.editions = Map.copyOf(builder.editions);
    this.matrices = Map.copyOf(builder.matrices);
    this.checks = List.copyOf(builder.checks);
  }

  /** @return the validator with the bundled millésimes and matrices, the default limits and French messages */
  public static DossierValidator standard() {
    return STANDARD;
  }

  /** @return a builder starting from the standard settings */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param year a millésime
   * @return the millésime this validator knows for that year
   */
  public Optional<Edition> edition(int year) {
    return Optional.ofNullable(editions.get(year));
  }

  /**
   * @param edition a millésime this validator knows
   * @return the matrix its dossiers are classified in
   */
  public ServiceMatrix matrix(Edition edition) {
    ServiceMatrix matrix = matrices.get(edition.matrixVersion());
    return matrix != null ? matrix : ServiceMatrix.bundled(edition.matrixVersion());
  }

  /**
   * @param dossier the dossier to check
   * @return every violation, in document order; valid when it holds no error
   */
  public ValidationReport validate(Dossier dossier) {
    List<Violation> out = new ArrayList<>();
    Optional<Edition> edition = edition(dossier.edition());
    if (edition.isEmpty()) {
      out.add(Violation.error(pointerOf("edition"), ViolationCodes.EDITION_UNKNOWN, messages.get("edition.unknown",
          year(dossier.edition()), editions.keySet().stream().sorted().map(DossierValidator::year)
              .collect(Collectors.joining(", ")))));
    }
    edition.ifPresent(e -> dossier.submittedOn().ifPresent(d -> {
      if (d.isBefore(e.filingOpens()) || d.isAfter(e.filingCloses())) {
        out.add(Violation.warning(pointerOf("submittedOn"), ViolationCodes.SUBMITTED_OUTSIDE_WINDOW,
            messages.get("submitted.outsideWindow", d, e.filingOpens(), e.filingCloses())));
      }
    }));
    checkCollectivity(dossier.collectivity(), out::add);
    checkHistory(dossier, out::add);
    edition.ifPresent(e -> checkObligations(dossier, e, out::add));
    List<EligibilityVerdict> verdicts = checkInitiatives(dossier, edition, out::add);
    for (DossierCheck check : checks) {
      out.addAll(check.check(dossier));
    }
    return ValidationReport.of(out, verdicts);
  }

  /** Every declared obligation is one of the millésime's catalogue (by its position in the declared set). */
  private void checkObligations(Dossier dossier, Edition edition, Consumer<Violation> out) {
    int i = 0;
    for (String code : dossier.compliance().obligations()) {
      if (edition.obligation(code).isEmpty() && !Compliance.CODES.contains(code)) {
        out.accept(Violation.error(pointerOf("obligations", i), ViolationCodes.OBLIGATION_UNKNOWN,
            messages.get("obligation.unknown", abbreviate(code), year(edition.year()),
                edition.obligations().stream().map(o -> o.code()).collect(Collectors.joining(", ")))));
      }
      i++;
    }
  }

  /** @return whether this validator judges each initiative's eligibility (the default) */
  public boolean judgesEligibility() {
    return judgeEligibility;
  }

  /** @return the language of this validator's messages: {@link Locale#FRENCH} (the default) or {@link Locale#ENGLISH} */
  public Locale locale() {
    return messages.locale();
  }

  private void checkCollectivity(Collectivity c, Consumer<Violation> out) {
    if (c.name().isBlank()) {
      out.accept(Violation.error(pointerOf("collectivity", "name"), ViolationCodes.NAME_BLANK,
          messages.get("name.blank")));
    }
    checkLength(c.name(), MAX_SHORT_TEXT, out, "collectivity", "name");
    String code = c.code();
    boolean insee = Identifiers.isInseeCode(code);
    boolean siren = Identifiers.looksLikeSiren(code);
    if (!insee && !siren) {
      out.accept(Violation.error(pointerOf("collectivity", "code"), ViolationCodes.CODE_MALFORMED,
          messages.get("code.malformed", abbreviate(code))));
    } else if (c.kind() == CollectivityKind.COMMUNE && !insee) {
      out.accept(Violation.error(pointerOf("collectivity", "code"), ViolationCodes.KIND_CODE_MISMATCH,
          messages.get("code.communeSiren", code)));
    } else if (c.kind() == CollectivityKind.INTERCOMMUNALITE && !siren) {
      out.accept(Violation.error(pointerOf("collectivity", "code"), ViolationCodes.KIND_CODE_MISMATCH,
          messages.get("code.intercommunaliteInsee", code)));
    } else if (siren && !Identifiers.isSiren(code)) {
      out.accept(Violation.error(pointerOf("collectivity", "code"), ViolationCodes.CODE_MALFORMED,
          messages.get("code.sirenCheckDigit", code)));
    }
    if (c.population() < 0) {
      out.accept(Violation.error(pointerOf("collectivity", "population"), ViolationCodes.POPULATION_NEGATIVE,
          messages.get("population.negative", c.population())));
    }
    c.agents().ifPresent(agents -> {
      if (!(agents >= 0) || Double.isInfinite(agents)) {
        out.accept(Violation.error(pointerOf("collectivity", "agents"), ViolationCodes.AGENTS_NEGATIVE,
            messages.get("agents.negative", decimal(agents))));
      }
    });
    c.departement().ifPresent(d -> {
      if (!DEPARTEMENT.matcher(d).matches()) {
        out.accept(Violation.error(pointerOf("collectivity", "departement"), ViolationCodes.DEPARTEMENT_MALFORMED,
            messages.get("departement.malformed", abbreviate(d))));
      } else if (c.kind() == CollectivityKind.COMMUNE && insee && !d.equals(Identifiers.departementOf(code))) {
        out.accept(Violation.error(pointerOf("collectivity", "departement"), ViolationCodes.DEPARTEMENT_MISMATCH,
            messages.get("departement.mismatch", d, code, Identifiers.departementOf(code))));
      }
    });
    c.category().ifPresent(category -> {
      boolean epci = c.kind() == CollectivityKind.INTERCOMMUNALITE;
      if (epci != (category == Category.TERRITOIRE)) {
        out.accept(Violation.error(pointerOf("collectivity", "category"), ViolationCodes.CATEGORY_MISMATCH,
            epci ? messages.get("category.intercommunalite", category) : messages.get("category.commune")));
      }
    });
  }

  private void checkHistory(Dossier dossier, Consumer<Violation> out) {
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < dossier.history().size(); i++) {
      PastLabel label = dossier.history().get(i);
      if (label.edition() < FIRST_EDITION || label.edition() >= dossier.edition()) {
        out.accept(Violation.error(pointerOf("history", i, "edition"), ViolationCodes.HISTORY_EDITION_OUT_OF_RANGE,
            messages.get("history.editionOutOfRange", year(FIRST_EDITION), year(dossier.edition() - 1),
                year(label.edition()))));
      } else if (!seen.add(label.edition())) {
        out.accept(Violation.error(pointerOf("history", i, "edition"), ViolationCodes.HISTORY_EDITION_DUPLICATE,
            messages.get("history.editionDuplicate", year(label.edition()))));
      }
      if (label.arobases() < 1 || label.arobases() > 5) {
        out.accept(Violation.error(pointerOf("history", i, "arobases"), ViolationCodes.HISTORY_AROBASES_OUT_OF_RANGE,
            messages.get("history.arobasesOutOfRange", label.arobases())));
      }
    }
  }

  /**
   * @return the eligibility verdict of every initiative, in order, when each was judged; an empty
   *     list otherwise
   */
  private List<EligibilityVerdict> checkInitiatives(Dossier dossier, Optional<Edition> edition, Consumer<Violation> out) {
    List<Initiative> initiatives = dossier.initiatives();
    if (initiatives.isEmpty()) {
      out.accept(Violation.error(pointerOf("initiatives"), ViolationCodes.INITIATIVES_EMPTY,
          messages.get("initiatives.empty")));
      return List.of();
    }
    if (initiatives.size() > maxInitiatives) {
      out.accept(Violation.error(pointerOf("initiatives"), ViolationCodes.INITIATIVES_TOO_MANY,
          messages.get("initiatives.tooMany", initiatives.size(), maxInitiatives)));
      return List.of();
    }
    boolean judge = judgeEligibility && edition.isPresent();
    List<EligibilityVerdict> verdicts = judge ? new ArrayList<>(initiatives.size()) : List.of();
    ServiceMatrix matrix = edition.map(this::matrix).orElse(null);
    Category category = edition.map(e -> Category.of(dossier.collectivity(), e.villagePopulationThreshold())).orElse(null);
    Map<String, Integer> firstIndex = new HashMap<>();
    boolean anyEligible = false;
    boolean allJudged = true;
    for (int i = 0; i < initiatives.size(); i++) {
      Initiative initiative = initiatives.get(i);
      String id = initiative.id();
      if (id.isBlank()) {
        out.accept(Violation.error(pointerOf("initiatives", i, "id"), ViolationCodes.INITIATIVE_ID_BLANK,
            messages.get("initiative.idBlank", i)));
      } else {
        Integer first = firstIndex.putIfAbsent(id, i);
        if (first != null) {
          out.accept(Violation.error(pointerOf("initiatives", i, "id"), ViolationCodes.INITIATIVE_ID_DUPLICATE,
              messages.get("initiative.idDuplicate", abbreviate(id), first)));
        }
      }
      checkLength(id, MAX_SHORT_TEXT, out, "initiatives", i, "id");
      if (initiative.title().isBlank()) {
        out.accept(Violation.error(pointerOf("initiatives", i, "title"), ViolationCodes.TITLE_BLANK,
            messages.get("initiative.titleBlank", abbreviate(id))));
      }
      checkLength(initiative.title(), MAX_TITLE, out, "initiatives", i, "title");
      int index = i;
      initiative.summary().ifPresent(s -> checkLength(s, MAX_SUMMARY, out, "initiatives", index, "summary"));
      boolean wellFormed = checkServices(initiative, i, matrix, category, out);
      wellFormed &= checkDates(initiative, i, out);
      initiative.location().ifPresent(l -> {
        if (!(l.lat() >= -90 && l.lat() <= 90 && l.lon() >= -180 && l.lon() <= 180)) {
          out.accept(Violation.error(pointerOf("initiatives", index, "location"), ViolationCodes.LOCATION_OUT_OF_RANGE,
              messages.get("location.outOfRange", decimal(l.lat()), decimal(l.lon()))));
        }
      });
      for (int j = 0; j < initiative.links().size(); j++) {
        String link = initiative.links().get(j);
        if (!isWebAddress(link)) {
          out.accept(Violation.error(pointerOf("initiatives", i, "links", j), ViolationCodes.LINK_MALFORMED,
              messages.get("link.malformed", abbreviate(link))));
        }
        checkLength(link, MAX_SHORT_TEXT, out, "initiatives", i, "links", j);
      }
      for (int j = 0; j < initiative.tags().size(); j++) {
        checkLength(initiative.tags().get(j), MAX_SHORT_TEXT, out, "initiatives", i, "tags", j);
      }
      allJudged &= wellFormed;
      if (judge && wellFormed) {
        EligibilityVerdict verdict = Eligibility.judge(initiative, edition.get(), category, matrix, messages.locale());
        verdicts.add(verdict);
        if (verdict.eligible()) {
          anyEligible = true;
        } else {
          out.accept(ignored(i, verdict, messages));
        }
      }
    }
    // Only a claim about well-formed initiatives: a malformed one may count once corrected.
    if (judge && !anyEligible && allJudged) {
      out.accept(noEligibleInitiative(dossier.edition(), messages));
    }
    return allJudged ? verdicts : List.of();
  }

  /**
   * @param year the dossier's millésime
   * @return the error of a dossier none of whose initiatives counts, in French
   */
  public static Violation noEligibleInitiative(int year) {
    return noEligibleInitiative(year, Locale.FRENCH);
  }

  /**
   * @param year the dossier's millésime
   * @param locale the language of the message: English, or French for anything else and {@code null}
   * @return the error of a dossier none of whose initiatives counts
   */
  public static Violation noEligibleInitiative(int year, Locale locale) {
    return noEligibleInitiative(year, messages(locale));
  }

  private static Violation noEligibleInitiative(int year, Messages messages) {
    return Violation.error(pointerOf("initiatives"), ViolationCodes.NO_ELIGIBLE_INITIATIVE,
        messages.get("initiatives.noneEligible", year(year)));
  }

  /**
   * @param position the initiative's position in the dossier
   * @param verdict its verdict, one that does not count
   * @return the warning that the rating ignores it, in French
   */
  public static Violation ignored(int position, EligibilityVerdict verdict) {
    return ignored(position, verdict, Locale.FRENCH);
  }

  /**
   * @param position the initiative's position in the dossier
   * @param verdict its verdict, one that does not count; its {@link EligibilityVerdict#message()} ends the message as it is
   * @param locale the language of the message: English, or French for anything else and {@code null}
   * @return the warning that the rating ignores it
   */
  public static Violation ignored(int position, EligibilityVerdict verdict, Locale locale) {
    return ignored(position, verdict, messages(locale));
  }

  private static Violation ignored(int position, EligibilityVerdict verdict, Messages messages) {
    return Violation.warning(pointerOf("initiatives", position), ViolationCodes.ignored(verdict.reason().get()),
        messages.get("initiative.ignored", abbreviate(verdict.initiativeId()), verdict.message()));
  }

  private boolean checkServices(
      Initiative initiative, int i, ServiceMatrix matrix, Category category, Consumer<Violation> out) {
    List<String> services = initiative.services();
    boolean ok = true;
    if (services.isEmpty()) {
      out.accept(Violation.error(pointerOf("initiatives", i, "services"), ViolationCodes.SERVICES_EMPTY,
          messages.get("services.empty")));
      ok = false;
    }
    // An initiative lists a few services: a set only for long lists, none for the usual ones.
    Set<String> seen = services.size() > 8 ? new HashSet<>() : null;
    for (int j = 0; j < services.size(); j++) {
      String code = services.get(j);
      if (seen != null ? !seen.add(code) : services.subList(0, j).contains(code)) {
        out.accept(Violation.error(pointerOf("initiatives", i, "services", j), ViolationCodes.SERVICE_DUPLICATE,
            messages.get("service.duplicate", abbreviate(code))));
        ok = false;
      } else if (matrix != null) {
        Optional<Service> service = matrix.findService(code);
        if (service.isEmpty()) {
          out.accept(Violation.error(pointerOf("initiatives", i, "services", j), ViolationCodes.SERVICE_UNKNOWN,
              messages.get("service.unknown", abbreviate(code), matrix.version())));
          ok = false;
        } else if (!service.get().appliesTo(category)) {
          out.accept(Violation.warning(pointerOf("initiatives", i, "services", j), ViolationCodes.SERVICE_NOT_APPLICABLE,
              messages.get("service.notApplicable", code, service.get().label(), category)));
        }
      }
    }
    return ok;
  }

  private boolean checkDates(Initiative initiative, int i, Consumer<Violation> out) {
    boolean ok = checkRange(initiative.startedOn(), out, "initiatives", i, "startedOn");
    if (initiative.endedOn().isPresent()) {
      LocalDate end = initiative.endedOn().get();
      ok &= checkRange(end, out, "initiatives", i, "endedOn");
      if (end.isBefore(initiative.startedOn())) {
        out.accept(Violation.error(pointerOf("initiatives", i, "endedOn"), ViolationCodes.END_BEFORE_START,
            messages.get("dates.endBeforeStart", end, initiative.startedOn())));
        ok = false;
      }
    }
    return ok;
  }

  private boolean checkRange(LocalDate date, Consumer<Violation> out, Object... at) {
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      out.accept(Violation.error(pointerOf(at), ViolationCodes.DATE_OUT_OF_RANGE,
          messages.get("date.outOfRange", date, EARLIEST, LATEST)));
      return false;
    }
    return true;
  }

  /** The pointer is built only for a violation: validation runs on every dossier of a batch. */
  private void checkLength(String text, int max, Consumer<Violation> out, Object... at) {
    if (text.length() > max) {
      out.accept(Violation.error(pointerOf(at), ViolationCodes.TEXT_TOO_LONG,
          messages.get("text.tooLong", text.length(), max)));
    }
  }

  private static Messages messages(Locale locale) {
    return Messages.of(DossierValidator.class, "messages", locale);
  }

  /** A year is written without digit groups: 2022, not 2 022. */
  private static String year(int year) {
    return Integer.toString(year);
  }

  /** A decimal as Java writes it, with a decimal comma in French. */
  private String decimal(double value) {
    String text = Double.toString(value);
    return messages.locale().getLanguage().equals("en") ? text : text.replace('.', ',');
  }

  static boolean isWebAddress(String link) {
    return isPlainWebAddress(link) || isUriWebAddress(link);
  }

  /** The definition: an absolute {@code http} or {@code https} URI with a host. */
  static boolean isUriWebAddress(String link) {
    try {
      URI uri = new URI(link);
      return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The common case without parsing a {@link URI}, a third of a validation otherwise: {@code
   * http} or {@code https} in lower case, a host name of letters, digits and inner hyphens whose
   * last label starts with a letter, an optional port, then only letters, digits and {@code
   * -._~/}. Anything else goes to {@code URI}, which accepts every address this accepts.
   */
  private static boolean isPlainWebAddress(String link) {
    int i = link.startsWith("https://") ? 8 : link.startsWith("http://") ? 7 : -1;
    if (i < 0) {
      return false;
    }
    int n = link.length();
    int labelStart = i;
    boolean hostDone = false;
    while (i < n && !hostDone) {
      char c = link.charAt(i);
      if (c == '.' || c == ':' || c == '/') {
        if (!isLabel(link, labelStart, i)) {
          return false;
        }
        if (c == '.') {
          labelStart = i + 1;
        } else {
          hostDone = true;
          continue;
        }
      } else if (!isAsciiLetterOrDigit(c) && c != '-') {
        return false;
      }
      i++;
    }
    if (!hostDone) {
      if (!isLabel(link, labelStart, n)) {
        return false;
      }
    } else if (link.charAt(i) == ':') {
      int digits = 0;
      for (i++; i < n && link.charAt(i) >= '0' && link.charAt(i) <= '9'; i++) {
        digits++;
      }
      if (digits == 0 || digits > 5 || i < n && link.charAt(i) != '/') {
        return false;
      }
    }
    if (!isAsciiLetter(link.charAt(labelStart))) {
      return false;
    }
    for (; i < n; i++) {
      char c = link.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '-' && c != '.' && c != '_' && c != '~' && c != '/') {
        return false;
      }
    }
    return true;
  }

  /** A host name label: letters and digits, hyphens inside. */
  private static boolean isLabel(String s, int from, int to) {
    return to > from && isAsciiLetterOrDigit(s.charAt(from)) && isAsciiLetterOrDigit(s.charAt(to - 1));
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || c >= '0' && c <= '9';
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }

  /** Settings of a {@link DossierValidator}. */
  public static final class Builder {
    private int maxInitiatives = MIN_INITIATIVES_LIMIT;
    private final Map<Integer, Edition> editions = new HashMap<>();
    private final Map<String, ServiceMatrix> matrices = new HashMap<>();
    private final List<DossierCheck> checks = new ArrayList<>();
    private boolean judgeEligibility = true;
    private Locale locale = Locale.FRENCH;

    private Builder() {
      Edition.known().forEach(e -> editions.put(e.year(), e));
    }

    /**
     * @param max the most initiatives a dossier may hold, at least {@value DossierValidator#MIN_INITIATIVES_LIMIT}
     * @return this builder
     */
    public Builder maxInitiatives(int max) {
      if (max < MIN_INITIATIVES_LIMIT) {
        throw new IllegalArgumentException("the limit of initiatives is at least " + MIN_INITIATIVES_LIMIT + ", not " + max);
      }
      this.maxInitiatives = max;
      return this;
    }

    /**
     * Adds a millésime, or replaces the bundled one of the same year.
     *
     * @param edition the millésime
     * @return this builder
     */
    public Builder edition(Edition edition) {
      editions.put(edition.year(), edition);
      return this;
    }

    /**
     * Uses this matrix for every millésime whose matrix version is the matrix's version
     * (for example the association's official list loaded with {@link ServiceMatrix#load}).
     *
     * @param matrix the matrix
     * @return this builder
     */
    public Builder matrix(ServiceMatrix matrix) {
      matrices.put(matrix.version(), matrix);
      return this;
    }

    /**
     * Knows the millésimes and matrices of this data instead of the bundled ones, for example a
     * directory that corrects 2027 or adds 2028 ({@link LabelData#load(java.nio.file.Path)}).
     *
     * @param data the data
     * @return this builder
     */
    public Builder data(LabelData data) {
      editions.clear();
      matrices.clear();
      for (Edition e : data.editions()) {
        editions.put(e.year(), e);
        matrices.put(e.matrixVersion(), data.matrix(e.matrixVersion()));
      }
      return this;
    }

    /**
     * @param check a check to run after the validator's own
     * @return this builder
     */
    public Builder addCheck(DossierCheck check) {
      checks.add(java.util.Objects.requireNonNull(check));
      return this;
    }

    /**
     * Whether the validator judges each initiative's eligibility with the label's definition
     * ({@link org.arobase.core.eligibility.Eligibility}): the {@code IGNORED_*} warnings, the
     * error {@code NO_ELIGIBLE_INITIATIVE} and the verdicts of {@link ValidationReport#eligibility()}.
     * On by default; an engine whose eligibility rules are a user's own turns it off, so that
     * those rules alone decide what counts.
     *
     * @param judge whether to judge
     * @return this builder
     */
    public Builder judgeEligibility(boolean judge) {
      this.judgeEligibility = judge;
      return this;
    }

    /**
     * The language of the messages of the violations: French by default, English on request. The
     * codes and pointers are the same in every language.
     *
     * @param locale {@link Locale#ENGLISH} (any English locale) for English; French for anything
     *     else and for {@code null}
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Messages.supported(locale);
      return this;
    }

    /** @return the validator */
    public DossierValidator build() {
      return new DossierValidator(this);
    }
  }
}
