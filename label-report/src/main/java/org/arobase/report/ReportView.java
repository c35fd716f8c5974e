package org.arobase.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.arobase.core.Category;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.LabelData;
import org.arobase.core.Mention;
import org.arobase.core.decision.AxisScore;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.core.decision.IgnoredInitiative;
import org.arobase.core.decision.NextLevel;
import org.arobase.core.decision.Outcome;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;
import org.arobase.core.internal.Messages;
import org.arobase.core.matrix.Enjeu;
import org.arobase.core.matrix.Service;
import org.arobase.core.matrix.ServiceMatrix;

/**
 * What the templates show of one decision, computed here so that they hold markup only: the words
 * of the page's language (from {@code messages_fr.properties} or {@code messages_en.properties}),
 * numbers, colours, the geometry of the panneau, and for each enjeu the services covered, by which
 * initiatives, and those missing. The templates escape every text they get from it.
 */
final class ReportView {

  /** The mention that turns one @ of the panneau green. */
  static final String GREEN_MENTION = "TRANSITION_ECOLOGIQUE";
  /** The enjeu of that mention, outlined in green in the overview of the mosaïque, and its outline (not text: 3:1 is enough). */
  static final String GREEN_ENJEU = "TE";
  static final String GREEN_OUTLINE = "#2e9d48";
  /** The side of a cell of the overview of the mosaïque. */
  static final int CELL = 18;
  /** The width of the panneau: room for five @. */
  static final int PANNEAU_WIDTH = 90 + 62 * 5;
  /** The colours of the @ of the panneau: reached, the green one, and the outline of those not reached. */
  static final String AROBASE_LIT = "#1f4e9c";
  static final String AROBASE_GREEN = "#1f7a3a";
  static final String AROBASE_OUTLINE = "#6b7280";

  private final Dossier dossier;
  private final Decision decision;
  private final Messages words;
  private final Optional<ServiceMatrix> matrix;

  /** The reasons of the initiatives' eligibility, folded in the page, and the others. */
  private final List<Reason> eligibility;
  private final List<Reason> decisive;
  /** The initiatives' titles by id. */
  private final Map<String, String> titles;

  ReportView(Dossier dossier, Decision decision, Locale locale) {
    this.dossier = dossier;
    this.decision = decision;
    this.words = Messages.of(DecisionReport.class, "messages", locale);
    this.matrix = matrixOf(decision.provenance().matrixVersion());
    Map<Boolean, List<Reason>> byEligibility = decision.reasons().stream()
        .collect(Collectors.partitioningBy(r -> r.ruleId().concern() == RuleId.Concern.ELIGIBILITY));
    this.eligibility = byEligibility.get(true);
    this.decisive = byEligibility.get(false);
    this.titles = dossier.initiatives().stream()
        .collect(Collectors.toMap(Initiative::id, Initiative::title, (a, b) -> a));
  }

  /** The matrix the decision was computed on, when the bundled data has it (a data directory of one's own may not). */
  private static Optional<ServiceMatrix> matrixOf(String version) {
    try {
      return Optional.of(LabelData.bundled().matrix(version));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  Decision decision() {
    return decision;
  }

  /**
   * @param key a key of the messages files
   * @param args its arguments
   * @return the message in the page's language
   */
  String t(String key, Object... args) {
    return words.get(key, args);
  }

  String name() {
    return decision.collectivity().name();
  }

  /** @return the year of the label, as a year (never with a digit group) */
  String year() {
    return Integer.toString(decision.edition());
  }

  /** @return « Village Internet », « Ville Internet » or « Territoire Internet »; empty without category */
  String family() {
    Category category = decision.collectivity().category();
    return category == null ? "" : t("family." + category.name());
  }

  /** @return the line under the name: family, code, population, label, the date the dossier was filed */
  List<String> meta() {
    List<String> parts = new ArrayList<>();
    if (!family().isEmpty()) {
      parts.add(family());
    }
    parts.add(t("meta.code", decision.collectivity().code()));
    parts.add(t("meta.population", dossier.collectivity().population()));
    parts.add(t("meta.edition", year()));
    dossier.submittedOn().ifPresent(date -> parts.add(t("meta.submitted", date)));
    return parts;
  }

  boolean green() {
    return decision.mentions().stream().anyMatch(this::isGreen);
  }

  boolean isGreen(Mention mention) {
    return mention.code().equals(GREEN_MENTION);
  }

  String panneauLabel() {
    return t(green() ? "panneau.green" : "panneau.label", decision.arobases());
  }

  /** @return whether the i-th @ of the panneau (from 0) is reached */
  boolean lit(int i) {
    return i < decision.arobases();
  }

  /** @return the colour of the i-th @ reached: the green @ is the last one lit */
  String arobaseFill(int i) {
    return green() && i == decision.arobases() - 1 ? AROBASE_GREEN : AROBASE_LIT;
  }

  String percent(double fraction) {
    return words.wholePercent(fraction);
  }

  String mosaicSummary() {
    var mosaic = decision.mosaic();
    return t("mosaic.summary", words.percent(mosaic.score()), mosaic.coveredEnjeux(), mosaic.enjeux().size(),
        mosaic.coveredAxes(), mosaic.axes().size(), decision.eligibleInitiatives().size());
  }

  // The mosaïque.

  /** One tile of the mosaïque: an enjeu, its colour and its words. */
  record Tile(EnjeuScore enjeu, Palette.Band band, String services, String initiatives) {}

  /** One column of the mosaïque: an axis and its enjeux. */
  record Column(AxisScore axis, String enjeux, List<Tile> tiles) {}

  List<Column> mosaic() {
    List<Column> columns = new ArrayList<>();
    for (AxisScore axis : decision.mosaic().axes()) {
      List<EnjeuScore> enjeux = enjeuxOf(axis);
      List<Tile> tiles = enjeux.stream().map(e -> new Tile(e, Palette.band(e.score()),
          servicesCovered("tile.services", "tile.noService", e), t("tile.initiatives", e.initiatives()))).toList();
      columns.add(new Column(axis, t("axis.enjeux", axis.coveredEnjeux(), enjeux.size()), tiles));
    }
    return columns;
  }

  private List<EnjeuScore> enjeuxOf(AxisScore axis) {
    return decision.mosaic().enjeux().stream().filter(e -> e.axis().equals(axis.code())).toList();
  }

  /** @return « 5 services couverts sur 9 » with the key given, or the key of an enjeu with no applicable service */
  private String servicesCovered(String key, String none, EnjeuScore e) {
    return e.totalServices() == 0 ? t(none) : t(key, e.coveredServices(), e.totalServices());
  }

  /** One entry of the legend: a band and what it means. */
  record LegendItem(Palette.Band band, String label) {}

  List<LegendItem> legend() {
    return Palette.BANDS.stream().map(b -> new LegendItem(b, b.none() ? t("legend.none")
        : b.full() ? t("legend.full", b.from()) : b.from() == 1 ? t("legend.below", b.to() + 1)
        : t("legend.range", b.from(), b.to()))).toList();
  }

  /** @return the background of a tile of that score; its text colour is {@link #textColour(double)} */
  static String colour(double score) {
    return Palette.band(score).background();
  }

  static String textColour(double score) {
    return Palette.band(score).text();
  }

  // What to do: the services of each enjeu, covered or missing.

  /** A service covered, and the titles of the counted initiatives that list it. */
  record Covered(Service service, String by) {}

  /** One enjeu in detail. */
  record EnjeuDetail(EnjeuScore enjeu, String summary, List<Covered> covered, String missingTitle,
      List<Service> missing, String note) {}

  /** One axis in detail. */
  record AxisDetail(AxisScore axis, List<EnjeuDetail> enjeux) {}

  /** @return whether the matrix of the decision is known, so that the services can be detailed */
  boolean detailed() {
    return matrix.isPresent();
  }

  /**
   * @return per axis and enjeu of the mosaïque, the applicable services covered (with the titles
   *     of the eligible initiatives that list them, in the dossier's order) and those not covered;
   *     empty when the matrix is not known
   */
  List<AxisDetail> details() {
    if (matrix.isEmpty()) {
      return List.of();
    }
    ServiceMatrix m = matrix.get();
    Set<String> eligible = Set.copyOf(decision.eligibleInitiatives());
    List<Initiative> counted = dossier.initiatives().stream().filter(i -> eligible.contains(i.id())).toList();
    Category category = decision.collectivity().category();
    List<AxisDetail> axes = new ArrayList<>();
    for (AxisScore axis : decision.mosaic().axes()) {
      List<EnjeuDetail> enjeux = new ArrayList<>();
      for (EnjeuScore e : enjeuxOf(axis)) {
        Optional<Enjeu> enjeu = m.findEnjeu(e.code());
        List<Service> applicable = enjeu.map(x -> category == null ? m.services(x) : m.applicableServices(x, category))
            .orElse(List.of());
        List<Covered> covered = new ArrayList<>();
        List<Service> missing = new ArrayList<>();
        for (Service s : applicable) {
          List<String> titles = counted.stream().filter(i -> i.services().contains(s.code()))
              .map(i -> t("detail.quoted", i.title())).toList();
          if (titles.isEmpty()) {
            missing.add(s);
          } else {
            covered.add(new Covered(s, t("detail.by", words.list(titles))));
          }
        }
        String note = !applicable.isEmpty() && missing.isEmpty() ? t("detail.allCovered") : "";
        enjeux.add(new EnjeuDetail(e, servicesCovered("detail.covered", "detail.noService", e), covered,
            missing.isEmpty() ? "" : t("detail.missing", missing.size()), missing, note));
      }
      axes.add(new AxisDetail(axis, enjeux));
    }
    return axes;
  }

  // The next level.

  /** @return the missing reason as one sentence, with its value and what was expected */
  String reasonText(Reason r) {
    String actual = r.actual();
    String expected = r.expected();
    String values = actual.isEmpty() ? "" : " " + (expected.isEmpty() ? t("reason.value", actual)
        : t("reason.values", actual, expected));
    return r.message() + values;
  }

  String uncoveredEnjeux(NextLevel next) {
    return words.list(next.uncoveredEnjeux().stream()
        .map(code -> decision.mosaic().enjeu(code).map(e -> e.label() + " (" + code + ")").orElse(code)).toList());
  }

  // The reasons.

  /** The level, obligations, mentions and distinctions first; the long list of counted initiatives folded. */
  List<Reason> decisive() {
    return decisive;
  }

  List<Reason> eligibility() {
    return eligibility;
  }

  /**
   * @param rule a rule id
   * @return it cut after each dot and underscore, where the page may break it: {@code LEVEL.}, {@code 4.},
   *     {@code MIN_}, {@code SCORE}
   */
  static List<String> breakable(String rule) {
    return List.of(rule.split("(?<=[._])"));
  }

  /** @return atteint, manqué, non applicable (met, missed, not applicable) */
  String outcome(Reason r) {
    return t("outcome." + r.outcome().name());
  }

  /** @return the class of the reason's row, which colours its outcome */
  static String outcomeClass(Reason r) {
    return r.met() ? "met" : r.outcome() == Outcome.NOT_APPLICABLE ? "na" : "missed";
  }

  // A reason's words are the decision's own, in the language its engine was built with
  // (LabelEngine.Builder.locale): the page shows them as they are.

  // The initiatives not counted, the provenance.

  String titleOf(IgnoredInitiative i) {
    return titles.getOrDefault(i.id(), i.id());
  }

  String footer() {
    var p = decision.provenance();
    String hash = p.ruleSetHash().length() > 12 ? p.ruleSetHash().substring(0, 12) : p.ruleSetHash();
    return t("footer.provenance", p.matrixVersion(), p.ruleSetId(), hash, p.parametersVersion(), p.libraryVersion(),
        p.formatVersion());
  }
}
