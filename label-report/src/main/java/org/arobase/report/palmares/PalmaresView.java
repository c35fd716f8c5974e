package org.arobase.report.palmares;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.arobase.core.Category;
import org.arobase.core.geo.Geography;
import org.arobase.core.geo.Resolution;
import org.arobase.core.internal.Messages;
import org.arobase.core.palmares.Palmares;
import org.arobase.core.palmares.PalmaresEntry;

/**
 * What the palmarès templates show, computed here so that they hold markup only: the wording of
 * the page's language, the widths of the bars and the colour class of each département of the
 * map. The templates escape every text they get from it.
 */
final class PalmaresView {

  /** The smallest count of each colour class of the map after the first (none): 1, 2, 3–4, 5–9, 10 and more. */
  static final int[] MAP_CLASSES = {1, 2, 3, 5, 10};
  /** The levels, highest first, as the palmarès ranks them. */
  static final List<Integer> LEVELS = List.of(5, 4, 3, 2, 1);

  /** A bar of the distribution by level: its width in percent of the widest. */
  record LevelBar(int level, String label, String count, String width, String title) {}

  /** A part of a region's bar: one level. */
  record Segment(int level, String width, String title) {}

  /** A region's bar, stacked by level from 5@ to 1@. */
  record RegionBar(String name, String total, String width, List<Segment> segments) {}

  /** A département on the map: its colour class (0 for none) and its hover text. */
  record Shape(String code, String path, int colour, String title) {}

  /** The frame of an overseas département's inset. */
  record Inset(String x, String y, String width, String height) {}

  /** A colour class of the map and what it means. */
  record LegendItem(int colour, String label) {}

  /** A line of a region's table. */
  record Row(String departement, int arobases, String name, String family, String code) {}

  /** A region's table. */
  record Table(String name, String count, List<Row> rows) {}

  private final Palmares palmares;
  private final Messages messages;
  private final Geography geography = Geography.official();

  PalmaresView(Palmares palmares, Locale locale) {
    this.palmares = palmares;
    this.messages = Messages.of(PalmaresPage.class, "messages", locale);
  }

  /** @return {@code fr} or {@code en} */
  String lang() {
    return messages.locale().getLanguage();
  }

  /**
   * @param key a key of messages_fr.properties and messages_en.properties
   * @param args its arguments
   * @return the message in the page's language
   */
  String t(String key, Object... args) {
    return messages.get(key, args);
  }

  /** @return the parts of the summary: collectivités and regions, the three families, inhabitants */
  List<String> summary() {
    List<String> parts = new ArrayList<>();
    parts.add(t("summary.collectivities", palmares.total()) + " " + t("summary.regions", palmares.regions().size()));
    for (Category c : List.of(Category.VILLE, Category.VILLAGE, Category.TERRITOIRE)) {
      parts.add(t("family." + c.name(), palmares.byCategory().get(c)));
    }
    parts.add(t("summary.inhabitants", palmares.inhabitants()));
    return parts;
  }

  List<LevelBar> levels() {
    Map<Integer, Integer> counts = palmares.byArobases();
    int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    return LEVELS.stream().map(level -> {
      int n = counts.get(level);
      return new LevelBar(level, t("level", level), messages.number(n), width(n, max), t("level.count", level, n));
    }).toList();
  }

  List<RegionBar> regions() {
    int max = Math.max(1, palmares.regions().stream().mapToInt(Palmares.Region::total).max().orElse(1));
    return palmares.regions().stream().map(region -> {
      List<Segment> segments = new ArrayList<>();
      for (int level : LEVELS) {
        int n = region.byArobases().get(level);
        if (n > 0) {
          segments.add(new Segment(level, width(n, region.total()), t("chart.region.level", region.name(), level, n)));
        }
      }
      return new RegionBar(region.name(), messages.number(region.total()), width(region.total(), max), segments);
    }).toList();
  }

  /** @return the view box of the map */
  String mapViewBox() {
    return FranceMap.bundled().viewBox();
  }

  /** @return every département of the map, coloured by how many collectivités it has */
  List<Shape> shapes() {
    Map<String, Integer> counts = countsByDepartement();
    return FranceMap.bundled().shapes().stream().map(s -> {
      int n = counts.getOrDefault(s.code(), 0);
      return new Shape(s.code(), s.path(), colour(n), t("map.shape", departement(Optional.of(s.code())), n));
    }).toList();
  }

  /** @return the frames of the overseas insets */
  List<Inset> insets() {
    return FranceMap.bundled().shapes().stream().flatMap(s -> s.inset().stream()).map(box -> {
      String[] p = box.split(" ");
      return new Inset(p[0], p[1], p[2], p[3]);
    }).toList();
  }

  List<LegendItem> legend() {
    List<LegendItem> items = new ArrayList<>();
    items.add(new LegendItem(0, t("map.legend.none")));
    for (int i = 0; i < MAP_CLASSES.length; i++) {
      int from = MAP_CLASSES[i];
      String label;
      if (i == MAP_CLASSES.length - 1) {
        label = t("map.legend.more", from);
      } else {
        int to = MAP_CLASSES[i + 1] - 1;
        label = from == to ? t("map.legend.exactly", from) : t("map.legend.range", from, to);
      }
      items.add(new LegendItem(i + 1, label));
    }
    return items;
  }

  /** @return how many collectivités the map leaves out: no département, or one the map does not draw */
  int unplaced() {
    Map<String, Integer> counts = countsByDepartement();
    FranceMap.bundled().shapes().forEach(s -> counts.remove(s.code()));
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  List<Table> tables() {
    return palmares.regions().stream().map(region -> new Table(region.name(), t("region.count", region.total()),
        region.entries().stream().map(e -> new Row(departement(e.departement()), e.arobases(), e.name(),
            e.category().map(c -> t("member." + c.name())).orElse(""), e.code().orElse(t("code.none")))).toList()))
        .toList();
  }

  boolean hasChecks() {
    return !palmares.unresolved().isEmpty() || !palmares.ambiguous().isEmpty() || !palmares.problems().isEmpty();
  }

  /** @return the names to check: unresolved, ambiguous, then rows whose code contradicts them */
  List<String> checks() {
    List<String> lines = new ArrayList<>();
    for (Resolution u : palmares.unresolved()) {
      lines.add(t("check.unresolved", u.query()));
    }
    for (Resolution a : palmares.ambiguous()) {
      lines.add(t("check.ambiguous", a.query(),
          messages.list(a.candidates().stream().map(c -> t("check.candidate", c.name(), c.code())).toList())));
    }
    for (Palmares.Problem p : palmares.problems()) {
      lines.add(problem(p));
    }
    return lines;
  }

  String problem(Palmares.Problem problem) {
    var c = problem.collectivity();
    String who = t("problem.collectivity", c.name(), c.code());
    String where = switch (problem.kind()) {
      case FORMER_CODE, NAME_MISMATCH -> "";
      case DEPARTEMENT_MISMATCH -> messages.list(c.departements().stream().map(d -> departement(Optional.of(d))).toList());
      case REGION_MISMATCH -> messages.list(List.copyOf(geography.regionsOf(c)));
    };
    String what = t("problem." + problem.kind().name(), who, where);
    return problem.line() > 0
        ? t("problem.located", Integer.toString(problem.line()), problem.name(), problem.code(), what)
        : t("problem.unlocated", problem.name(), problem.code(), what);
  }

  /** @return « Corrèze (19) », the bare code when the geography does not know it, or « Département inconnu » */
  String departement(Optional<String> code) {
    return code.map(c -> geography.departementName(c).map(name -> t("departement.named", name, c)).orElse(c))
        .orElse(t("departement.unknown"));
  }

  private Map<String, Integer> countsByDepartement() {
    Map<String, Integer> counts = new HashMap<>();
    for (PalmaresEntry e : palmares.entries()) {
      counts.merge(e.departement().orElse(""), 1, Integer::sum);
    }
    return counts;
  }

  static int colour(int count) {
    int colour = 0;
    for (int i = 0; i < MAP_CLASSES.length; i++) {
      if (count >= MAP_CLASSES[i]) {
        colour = i + 1;
      }
    }
    return colour;
  }

  private static String width(int n, int of) {
    return String.format(Locale.ROOT, "%.2f%%", 100.0 * n / of);
  }
}
