package org.arobase.report;

import java.util.List;
import org.arobase.core.Dossier;
import org.arobase.core.Mention;
import org.arobase.core.decision.AxisScore;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.EnjeuScore;
import org.arobase.core.decision.IgnoredInitiative;
import org.arobase.core.decision.NextLevel;
import org.arobase.core.decision.Reason;
import org.arobase.core.internal.French;

/**
 * What the templates show of one decision, computed here so that they hold markup only: labels,
 * French numbers, colours and the geometry of the panneau and the mosaïque. The templates escape
 * every text they get from it.
 */
final class ReportView {

  /** The mention that turns one @ of the panneau green. */
  static final String GREEN_MENTION = "TRANSITION_ECOLOGIQUE";
  /** The side of a tile of the mosaïque and the gap between tiles. */
  static final int TILE = 120;
  static final int GAP = 10;
  /** The width of the panneau: room for five @. */
  static final int PANNEAU_WIDTH = 90 + 62 * 5;

  private final Dossier dossier;
  private final Decision decision;

  ReportView(Dossier dossier, Decision decision) {
    this.dossier = dossier;
    this.decision = decision;
  }

  Decision decision() {
    return decision;
  }

  String name() {
    return decision.collectivity().name();
  }

  /** @return « Village Internet », « Ville Internet » or « Territoire Internet »; empty without category */
  String family() {
    if (decision.collectivity().category() == null) {
      return "";
    }
    return switch (decision.collectivity().category()) {
      case VILLAGE -> "Village Internet";
      case VILLE -> "Ville Internet";
      case TERRITOIRE -> "Territoire Internet";
    };
  }

  String population() {
    return French.number(dossier.collectivity().population());
  }

  boolean green() {
    return decision.mentions().stream().anyMatch(m -> m.code().equals(GREEN_MENTION));
  }

  boolean isGreen(Mention mention) {
    return mention.code().equals(GREEN_MENTION);
  }

  String panneauLabel() {
    int level = decision.arobases();
    return level + " arobase" + (level > 1 ? "s" : "") + (green() ? ", dont une arobase verte" : "");
  }

  /** @return the colour of the i-th @ (from 0): grey when not reached, the green @ the last lit one */
  String arobaseFill(int i) {
    int level = decision.arobases();
    boolean lit = i < level;
    return !lit ? "#e3e3e3" : green() && i == level - 1 ? "#2e9d48" : "#1f4e9c";
  }

  String percent(double fraction) {
    return French.wholePercent(fraction);
  }

  String retained() {
    int n = decision.eligibleInitiatives().size();
    return n + (n > 1 ? " initiatives retenues" : " initiative retenue");
  }

  List<AxisScore> axes() {
    return decision.mosaic().axes();
  }

  List<EnjeuScore> enjeuxOf(AxisScore axis) {
    return decision.mosaic().enjeux().stream().filter(e -> e.axis().equals(axis.code())).toList();
  }

  int mosaicWidth() {
    return axes().size() * (TILE + GAP) + GAP;
  }

  int mosaicHeight() {
    int rows = axes().stream().mapToInt(a -> enjeuxOf(a).size()).max().orElse(0);
    return 60 + rows * (TILE + GAP) + GAP;
  }

  int axisX(int a) {
    return GAP + a * (TILE + GAP);
  }

  int tileY(int r) {
    return 60 + r * (TILE + GAP);
  }

  /** From pale grey (nothing covered) to deep blue (everything covered). */
  static String colour(double score) {
    if (score <= 0) {
      return "#eceff3";
    }
    double t = Math.min(1, score);
    int r = (int) Math.round(198 + (31 - 198) * t);
    int g = (int) Math.round(219 + (78 - 219) * t);
    int b = (int) Math.round(239 + (156 - 239) * t);
    return String.format("#%02x%02x%02x", r, g, b);
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  String initiatives(int n) {
    return n + " initiative" + (n > 1 ? "s" : "");
  }

  /** @return the missing reason as one sentence, with its value and what was expected */
  static String reasonText(Reason r) {
    String values = r.actual().isEmpty() ? "" : " (" + r.actual() + (r.expected().isEmpty() ? "" : " ; attendu " + r.expected()) + ")";
    return r.message() + values;
  }

  String uncoveredEnjeux(NextLevel next) {
    return String.join(", ", next.uncoveredEnjeux().stream()
        .map(code -> decision.mosaic().enjeu(code).map(e -> e.label() + " (" + code + ")").orElse(code)).toList());
  }

  /** The level, obligations, mentions and distinctions first; the long list of counted initiatives folded. */
  List<Reason> decisive() {
    return decision.reasons().stream().filter(r -> !r.rule().startsWith("ELIGIBILITY.")).toList();
  }

  List<Reason> eligibility() {
    return decision.reasons().stream().filter(r -> r.rule().startsWith("ELIGIBILITY.")).toList();
  }

  String titleOf(IgnoredInitiative i) {
    return dossier.initiatives().stream().filter(x -> x.id().equals(i.id())).findFirst()
        .map(x -> x.title()).orElse(i.id());
  }

  String ruleSetHash() {
    String hash = decision.provenance().ruleSetHash();
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }
}
