package org.arobase.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arobase.core.Category;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Compliance;
import org.arobase.core.Distinction;
import org.arobase.core.Dossier;
import org.arobase.core.Edition;
import org.arobase.core.ImmutableCompliance;
import org.arobase.core.ImmutableDossier;
import org.arobase.core.ImmutableEdition;
import org.arobase.core.ImmutablePastLabel;
import org.arobase.core.Initiative;
import org.arobase.core.Operator;
import org.arobase.core.PastLabel;

/**
 * One run of a scenario file: the dossier of one of its millésimes and the decision it must get
 * there. A file runs once per millésime it names (docs/METHOD.md §13).
 *
 * <pre>
 * # comment
 * millesimes: 2022..2027                (required: years and ranges, comma-separated: 2020, 2022..2027)
 * filingCloses@2022: 2022-11-10         (optional: the millésime with another reference date)
 * collectivity: COMMUNE 19015 Ayen      (kind, code, name)
 * population: 700
 * agents: 8                             (optional)
 * category: VILLAGE                     (optional, the declared track)
 * compliance: openData accessibilityStatement electronicProcurement actsOnline   (or -)
 * compliance@2023..2027: URBANISME_ONLINE PROCUREMENT_DATA    (added for those millésimes)
 * history: -1:5 -2:5:TEN 2015:4         (millésime:arobases[:TEN]; -n is n millésimes before)
 * rules: extra.drl                      (optional, a DRL file next to the scenario)
 * initiative: i1 ref-1y - COLLECTIVITY SP.01..04 DL.02   (id, start, end or -, operator, services)
 * expect arobases: 2
 * expect@2021 mentions: TRANSITION_ECOLOGIQUE
 * expect reason: OBLIGATION.URBANISME_ONLINE ABSENT       (MET, MISSED, NOT_APPLICABLE, or ABSENT: no such reason)
 * </pre>
 *
 * <p>Dates are ISO dates or relative to the run's reference date: {@code ref}, {@code ref+1d},
 * {@code ref-2y}, {@code ref-1y-6m} (years, months, days, applied from left to right).
 *
 * <p>A line whose key carries {@code @<millésimes>} holds for those millésimes only, a plain line
 * for all of them. The keys {@code compliance}, {@code history}, {@code rules}, {@code initiative}
 * and every {@code expect} may have several lines, which add up; any other key has at most one
 * line for a millésime.
 */
record Scenario(Path file, int millesime, Edition edition, Dossier dossier, List<Path> rules,
    Map<String, List<String>> expect) {

  /** Keys that may have several lines for one millésime: their values add up. */
  private static final Set<String> LISTS = Set.of("compliance", "history", "rules", "initiative");
  private static final Set<String> SINGLES = Set.of("filingCloses", "collectivity", "population", "agents", "category");
  private static final Set<String> EXPECTATIONS = Set.of("arobases", "category", "mentions", "distinctions", "eligible",
      "ignored", "reason", "next", "score", "refused");
  private static final Pattern TERM = Pattern.compile("([+-])(\\d+)([ymd])");
  private static final Pattern SELECTOR = Pattern.compile("(\\d{4})(?:\\.\\.(\\d{4}))?");

  /** A line of a scenario file: its key, the millésimes it is restricted to (or none: all) and its value. */
  private record Line(int number, String key, Set<Integer> only, String value) {
    boolean holdsFor(int year) {
      return only == null || only.contains(year);
    }
  }

  /**
   * @param file a scenario file
   * @return its runs, one per millésime it names, oldest first
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and line of a mistake
   */
  static List<Scenario> read(Path file) throws IOException {
    List<Line> lines = new ArrayList<>();
    Set<Integer> millesimes = null;
    int n = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw error(file, n, "no 'key: value' in '" + line + "'");
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      Set<Integer> only = null;
      if (key.startsWith("expect@")) {
        // expect@2020, 2021 mentions: the selector runs up to the last word, the expectation.
        int space = key.lastIndexOf(' ');
        if (space < 0) {
          throw error(file, n, "'" + key + "' names no expectation (expect@2023..2027 reason: ...)");
        }
        only = millesimes(file, n, key.substring(7, space));
        key = "expect " + key.substring(space + 1);
      } else if (key.contains("@")) {
        only = millesimes(file, n, key.substring(key.indexOf('@') + 1));
        key = key.substring(0, key.indexOf('@')).strip();
      }
      if (key.equals("edition")) {
        throw error(file, n, "'edition:' is replaced by 'millesimes:' (e.g. millesimes: 2022 or 2022..2027)");
      }
      if (key.equals("millesimes")) {
        if (only != null || millesimes != null) {
          throw error(file, n, "'millesimes:' is given once, without @");
        }
        millesimes = millesimes(file, n, value);
        continue;
      }
      if (key.startsWith("expect ")) {
        String what = key.substring(7).strip();
        if (!EXPECTATIONS.contains(what)) {
          throw error(file, n, "unknown expectation '" + what + "'; known: " + new TreeSet<>(EXPECTATIONS));
        }
        key = "expect " + what;
      } else if (!LISTS.contains(key) && !SINGLES.contains(key)) {
        throw error(file, n, "unknown key '" + key + "'");
      }
      lines.add(new Line(n, key, only, value));
    }
    if (millesimes == null) {
      throw new IllegalArgumentException(file + ": missing 'millesimes:' (e.g. millesimes: 2022..2027)");
    }
    for (Line line : lines) {
      if (line.only() != null && !millesimes.containsAll(line.only())) {
        Set<Integer> extra = new TreeSet<>(line.only());
        extra.removeAll(millesimes);
        throw error(file, line.number(), "millésimes " + extra + " are not among the scenario's " + millesimes);
      }
    }
    List<Scenario> runs = new ArrayList<>();
    for (int year : millesimes) {
      runs.add(build(file, year, lines.stream().filter(l -> l.holdsFor(year)).toList()));
    }
    return runs;
  }

  private static Scenario build(Path file, int year, List<Line> lines) {
    Map<String, Line> fields = new LinkedHashMap<>();
    Map<String, List<Line>> lists = new LinkedHashMap<>();
    Map<String, List<String>> expect = new LinkedHashMap<>();
    for (Line line : lines) {
      if (line.key().startsWith("expect ")) {
        expect.computeIfAbsent(line.key().substring(7), k -> new ArrayList<>()).add(line.value());
      } else if (LISTS.contains(line.key())) {
        lists.computeIfAbsent(line.key(), k -> new ArrayList<>()).add(line);
      } else {
        Line before = fields.put(line.key(), line);
        if (before != null) {
          throw error(file, line.number(), "'" + line.key() + "' given twice for " + year + " (also line "
              + before.number() + ")");
        }
      }
    }
    Edition edition = Edition.of(year);
    if (fields.containsKey("filingCloses")) {
      Line closes = fields.get("filingCloses");
      edition = ImmutableEdition.copyOf(edition)
          .withFilingCloses(date(file, closes.number(), closes.value(), edition.referenceDate()));
    }
    LocalDate ref = edition.referenceDate();
    String[] who = require(file, fields, "collectivity").value().split("\\s+", 3);
    if (who.length < 3) {
      throw error(file, fields.get("collectivity").number(), "collectivity is 'KIND code name'");
    }
    var collectivity = Collectivity.builder()
        .kind(CollectivityKind.valueOf(who[0])).code(who[1]).name(who[2])
        .population(Integer.parseInt(require(file, fields, "population").value()));
    if (fields.containsKey("agents")) {
      collectivity.agents(Double.parseDouble(fields.get("agents").value()));
    }
    if (fields.containsKey("category")) {
      collectivity.category(Category.valueOf(fields.get("category").value()));
    }
    ImmutableCompliance.Builder compliance = Compliance.builder();
    for (Line line : lists.getOrDefault("compliance", List.of())) {
      for (String c : words(line.value())) {
        switch (c) {
          case "openData" -> compliance.addObligations(Compliance.OPEN_DATA);
          case "accessibilityStatement" -> compliance.addObligations(Compliance.ACCESSIBILITY_STATEMENT);
          case "electronicProcurement" -> compliance.addObligations(Compliance.ELECTRONIC_PROCUREMENT);
          case "actsOnline" -> compliance.addObligations(Compliance.ACTS_ONLINE);
          default -> compliance.addObligations(c);
        }
      }
    }
    ImmutableDossier.Builder dossier = Dossier.builder().edition(year).collectivity(collectivity.build())
        .compliance(compliance.build());
    for (Line line : lists.getOrDefault("history", List.of())) {
      for (String h : words(line.value())) {
        dossier.addHistory(pastLabel(file, line.number(), h, year));
      }
    }
    for (Line line : lists.getOrDefault("initiative", List.of())) {
      String[] p = line.value().split("\\s+");
      if (p.length < 5) {
        throw error(file, line.number(), "an initiative is 'id start end-or-- OPERATOR services...'");
      }
      var initiative = Initiative.builder().id(p[0]).title("Initiative " + p[0])
          .startedOn(date(file, line.number(), p[1], ref)).operator(Operator.valueOf(p[3]));
      if (!p[2].equals("-")) {
        initiative.endedOn(date(file, line.number(), p[2], ref));
      }
      for (int k = 4; k < p.length; k++) {
        initiative.addAllServices(expand(p[k]));
      }
      dossier.addInitiatives(initiative.build());
    }
    List<Path> rules = lists.getOrDefault("rules", List.of()).stream()
        .flatMap(l -> words(l.value()).stream()).map(file::resolveSibling).toList();
    return new Scenario(file, year, edition, dossier.build(), rules, expect);
  }

  /** {@code -1:5:TEN} is a 5@ label with the distinction one millésime before; {@code 2019:4} is absolute. */
  private static PastLabel pastLabel(Path file, int line, String token, int year) {
    String[] parts = token.split(":");
    if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].equals("TEN"))) {
      throw error(file, line, "a past label is millésime:arobases[:TEN], not '" + token + "'");
    }
    int edition = Integer.parseInt(parts[0]);
    if (parts[0].startsWith("-")) {
      edition = year + edition;
    }
    ImmutablePastLabel.Builder label = PastLabel.builder().edition(edition).arobases(Integer.parseInt(parts[1]));
    if (parts.length == 3) {
      label.addDistinctions(Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE);
    }
    return label.build();
  }

  /**
   * @param text an ISO date, or {@code ref} followed by terms such as {@code -1y}, {@code +6m}, {@code -3d}
   * @param ref the reference date of the run
   * @return the date
   */
  static LocalDate date(Path file, int line, String text, LocalDate ref) {
    if (!text.startsWith("ref")) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw error(file, line, "'" + text + "' is neither an ISO date nor ref[+-n(y|m|d)]...");
      }
    }
    LocalDate date = ref;
    Matcher m = TERM.matcher(text);
    int at = 3;
    while (at < text.length()) {
      if (!m.find(at) || m.start() != at) {
        throw error(file, line, "'" + text + "' is not ref followed by terms such as -1y, +6m, -3d");
      }
      long amount = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
      date = switch (m.group(3)) {
        case "y" -> date.plusYears(amount);
        case "m" -> date.plusMonths(amount);
        default -> date.plusDays(amount);
      };
      at = m.end();
    }
    return date;
  }

  /** {@code 2020, 2022..2027} is 2020, 2022, 2023, 2024, 2025, 2026, 2027. */
  private static Set<Integer> millesimes(Path file, int line, String text) {
    Set<Integer> years = new TreeSet<>();
    for (String part : text.split(",")) {
      Matcher m = SELECTOR.matcher(part.strip());
      if (!m.matches()) {
        throw error(file, line, "'" + text + "' is not a list of millésimes such as 2020, 2022..2027");
      }
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      if (to < from) {
        throw error(file, line, "empty range " + part.strip());
      }
      for (int y = from; y <= to; y++) {
        if (Edition.find(y).isEmpty()) {
          throw error(file, line, "no bundled millésime " + y);
        }
        years.add(y);
      }
    }
    return years;
  }

  /** {@code SP.01..04} is SP.01, SP.02, SP.03, SP.04. */
  static List<String> expand(String token) {
    int dots = token.indexOf("..");
    if (dots < 0) {
      return List.of(token);
    }
    String prefix = token.substring(0, token.indexOf('.') + 1);
    int from = Integer.parseInt(token.substring(prefix.length(), dots));
    int to = Integer.parseInt(token.substring(dots + 2));
    List<String> codes = new ArrayList<>();
    for (int k = from; k <= to; k++) {
      codes.add(prefix + String.format("%02d", k));
    }
    return codes;
  }

  static List<String> words(String value) {
    return value.equals("-") || value.isBlank() ? List.of() : List.of(value.split("\\s+"));
  }

  private static Line require(Path file, Map<String, Line> fields, String key) {
    Line line = fields.get(key);
    if (line == null) {
      throw new IllegalArgumentException(file + ": missing '" + key + ":'");
    }
    return line;
  }

  private static IllegalArgumentException error(Path file, int line, String message) {
    return new IllegalArgumentException(file + ":" + line + ": " + message);
  }
}
