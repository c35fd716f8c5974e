package org.arobase.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arobase.core.Category;
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
import org.arobase.core.Collectivity;
import org.arobase.core.PastLabel;

/**
 * A scenario file: a dossier and its expected decision, one {@code key: value} per line.
 *
 * <pre>
 * # comment
 * edition: 2022
 * filingCloses: 2022-11-10            (optional: the millésime with another reference date)
 * collectivity: COMMUNE 19015 Ayen    (kind, code, name)
 * population: 700
 * agents: 8                           (optional)
 * category: VILLAGE                   (optional, the declared track)
 * compliance: openData accessibilityStatement electronicProcurement actsOnline   (or -)
 * history: 2021:5 2020:5:TEN          (millésime:arobases[:TEN])
 * rules: extra.drl                    (optional, a DRL file next to the scenario)
 * initiative: i1 2020-01-01 - COLLECTIVITY SP.01..04 DL.02   (id, start, end or -, operator, services)
 * expect arobases: 2
 * expect category: VILLAGE
 * expect mentions: NUMERIQUE_EDUCATIF (or -)
 * expect distinctions: -              (or TERRITOIRE_EXCELLENCE_NUMERIQUE)
 * expect eligible: i1 i3
 * expect ignored: i2:ENDED_TOO_LONG_AGO
 * expect reason: LEVEL.3.MIN_ENJEUX MISSED     (any number of lines)
 * expect next: 3 LEVEL.3.MIN_ENJEUX            (the failing rule ids, exactly; or -)
 * expect score: 0.0625
 * expect refused: NO_ELIGIBLE_INITIATIVE       (instead of a decision)
 * </pre>
 */
record Scenario(Path file, Edition edition, Dossier dossier, List<Path> rules, Map<String, List<String>> expect) {

  static Scenario read(Path file) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> initiatives = new ArrayList<>();
    Map<String, List<String>> expect = new LinkedHashMap<>();
    int n = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(file + ":" + n + ": no 'key: value' in '" + line + "'");
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (key.startsWith("expect ")) {
        expect.computeIfAbsent(key.substring(7).strip(), k -> new ArrayList<>()).add(value);
      } else if (key.equals("initiative")) {
        initiatives.add(value);
      } else if (fields.put(key, value) != null) {
        throw new IllegalArgumentException(file + ":" + n + ": '" + key + "' given twice");
      }
    }
    int year = Integer.parseInt(require(file, fields, "edition"));
    Edition edition = Edition.of(year);
    if (fields.containsKey("filingCloses")) {
      edition = ImmutableEdition.copyOf(edition).withFilingCloses(LocalDate.parse(fields.get("filingCloses")));
    }
    String[] who = require(file, fields, "collectivity").split("\\s+", 3);
    var collectivity = Collectivity.builder()
        .kind(CollectivityKind.valueOf(who[0])).code(who[1]).name(who[2])
        .population(Integer.parseInt(require(file, fields, "population")));
    if (fields.containsKey("agents")) {
      collectivity.agents(Double.parseDouble(fields.get("agents")));
    }
    if (fields.containsKey("category")) {
      collectivity.category(Category.valueOf(fields.get("category")));
    }
    ImmutableCompliance.Builder compliance = Compliance.builder();
    for (String c : words(fields.getOrDefault("compliance", "-"))) {
      switch (c) {
        case "openData" -> compliance.openData(true);
        case "accessibilityStatement" -> compliance.accessibilityStatement(true);
        case "electronicProcurement" -> compliance.electronicProcurement(true);
        case "actsOnline" -> compliance.actsOnline(true);
        default -> throw new IllegalArgumentException(file + ": unknown compliance " + c);
      }
    }
    ImmutableDossier.Builder dossier = Dossier.builder().edition(year).collectivity(collectivity.build())
        .compliance(compliance.build());
    for (String h : words(fields.getOrDefault("history", "-"))) {
      String[] parts = h.split(":");
      ImmutablePastLabel.Builder label = PastLabel.builder()
          .edition(Integer.parseInt(parts[0])).arobases(Integer.parseInt(parts[1]));
      if (parts.length > 2) {
        label.addDistinctions(Distinction.TERRITOIRE_EXCELLENCE_NUMERIQUE);
      }
      dossier.addHistory(label.build());
    }
    for (String i : initiatives) {
      String[] p = i.split("\\s+");
      var initiative = Initiative.builder().id(p[0]).title("Initiative " + p[0])
          .startedOn(LocalDate.parse(p[1])).operator(Operator.valueOf(p[3]));
      if (!p[2].equals("-")) {
        initiative.endedOn(LocalDate.parse(p[2]));
      }
      for (int k = 4; k < p.length; k++) {
        initiative.addAllServices(expand(p[k]));
      }
      dossier.addInitiatives(initiative.build());
    }
    List<Path> rules = words(fields.getOrDefault("rules", "-")).stream().map(r -> file.resolveSibling(r)).toList();
    return new Scenario(file, edition, dossier.build(), rules, expect);
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

  private static String require(Path file, Map<String, String> fields, String key) {
    String value = fields.get(key);
    if (value == null) {
      throw new IllegalArgumentException(file + ": missing '" + key + ":'");
    }
    return value;
  }
}
