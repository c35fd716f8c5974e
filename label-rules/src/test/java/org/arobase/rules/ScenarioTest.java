package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.IgnoredInitiative;
import org.arobase.core.decision.Reason;
import org.arobase.core.validation.InvalidDossierException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code *.scenario} file under {@code org/arobase/rules/scenarios/<topic>/}, once per
 * millésime it names, each run a test named {@code <topic>/<file> @<millésime>} (docs/METHOD.md §13).
 */
class ScenarioTest {

  /** The runs of the scenarios kept per millésime before they ran across millésimes (2020, 2021, 2022). */
  private static final int RUNS_BEFORE = 75;
  /** The fewest scenarios each millésime from 2020 to 2027 is run by. */
  private static final int RUNS_PER_MILLESIME = 10;
  private static final int FIRST = 2020;
  private static final int LAST = 2027;

  private static final Map<String, LabelEngine> ENGINES = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicTest> scenarios() throws IOException, URISyntaxException {
    Path root = Path.of(ScenarioTest.class.getResource("/org/arobase/rules/scenarios").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".scenario")).sorted().toList();
    }
    List<Scenario> runs = files.stream().flatMap(f -> {
      try {
        return Scenario.read(f).stream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
    assertTrue(runs.size() >= RUNS_BEFORE, "(scenario, millésime) runs found: " + runs.size());
    Map<Integer, Long> perMillesime = new TreeMap<>();
    IntStream.rangeClosed(FIRST, LAST).forEach(y -> perMillesime.put(y, 0L));
    runs.forEach(s -> perMillesime.merge(s.millesime(), 1L, Long::sum));
    assertTrue(IntStream.rangeClosed(FIRST, LAST).allMatch(y -> perMillesime.get(y) >= RUNS_PER_MILLESIME),
        "every millésime is run by at least " + RUNS_PER_MILLESIME + " scenarios: " + perMillesime);
    return runs.stream().map(s -> DynamicTest.dynamicTest(name(root, s), s.file().toUri(), () -> run(s)));
  }

  /** @return {@code <topic>/<file> @<millésime>}, the file without its extension */
  static String name(Path root, Scenario s) {
    String relative = root.relativize(s.file()).toString().replace('\\', '/');
    return relative.substring(0, relative.length() - ".scenario".length()) + " @" + s.millesime();
  }

  static LabelEngine engine(Scenario s) {
    String key = s.edition() + "|" + s.rules();
    return ENGINES.computeIfAbsent(key, k -> {
      LabelEngine.Builder builder = LabelEngine.builder().edition(s.edition());
      s.rules().forEach(builder::addRules);
      return builder.build();
    });
  }

  private static void run(Scenario s) {
    Map<String, List<String>> expect = s.expect();
    LabelEngine engine = engine(s);
    if (expect.containsKey("refused")) {
      InvalidDossierException e = assertThrows(InvalidDossierException.class, () -> engine.evaluate(s.dossier()));
      assertTrue(e.report().codes().containsAll(Scenario.words(one(expect, "refused"))), e.report().toString());
      return;
    }
    Decision d;
    try {
      d = engine.evaluate(s.dossier());
    } catch (InvalidDossierException e) {
      throw new AssertionError(s.file() + " @" + s.millesime() + ": the dossier is refused: " + e.report(), e);
    }
    String context = "\n" + d.reasons().stream().map(Reason::toString).reduce("", (a, b) -> a + "\n" + b);
    assertFalse(expect.isEmpty(), "a scenario expects something in every millésime it runs for");
    for (var entry : expect.entrySet()) {
      for (String value : entry.getValue()) {
        switch (entry.getKey()) {
          case "arobases" -> assertEquals(Integer.parseInt(value), d.arobases(), "arobases" + context);
          case "category" -> assertEquals(value, d.collectivity().category().name(), "category");
          case "mentions" -> assertEquals(Scenario.words(value), d.mentions().stream().map(Mention::code).toList(),
              "mentions" + context);
          case "distinctions" -> assertEquals(Scenario.words(value),
              d.distinctions().stream().map(Enum::name).toList(), "distinctions" + context);
          case "eligible" -> assertEquals(Scenario.words(value).stream().sorted().toList(), d.eligibleInitiatives(),
              "eligible initiatives");
          case "ignored" -> assertEquals(Scenario.words(value).stream().sorted().toList(),
              d.ignoredInitiatives().stream().map(i -> i.id() + ":" + i.reason()).toList(), "ignored initiatives");
          case "reason" -> {
            String[] p = value.split("\\s+");
            if (p.length != 2) {
              throw new IllegalArgumentException(s.file() + ": a reason is 'RULE MET|MISSED|NOT_APPLICABLE|ABSENT', not '" + value + "'");
            }
            if (p[1].equals("ABSENT")) {
              assertTrue(d.reasons().stream().noneMatch(r -> r.rule().equals(p[0])), "no reason " + p[0] + context);
            } else {
              assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals(p[0]) && r.outcome().name().equals(p[1])),
                  "reason " + value + context);
            }
          }
          case "next" -> {
            List<String> words = Scenario.words(value);
            if (words.isEmpty()) {
              assertTrue(d.next().isEmpty(), "no next level at 5@");
            } else {
              assertEquals(Integer.parseInt(words.get(0)), d.next().orElseThrow().arobases(), "next level");
              assertEquals(words.subList(1, words.size()).stream().sorted().toList(),
                  d.next().get().missing().stream().map(Reason::rule).sorted().toList(),
                  "next level's failing criteria" + context);
            }
          }
          case "score" -> assertEquals(Double.parseDouble(value), d.mosaic().score(), 1e-9, "global score");
          default -> throw new IllegalArgumentException(s.file() + ": unknown expectation '" + entry.getKey() + "'");
        }
      }
    }
    // Every level, mention and ignored initiative carries a reason.
    assertTrue(ReasonChecks.levelExplained(d), "level " + d.arobases() + " has a MET reason" + context);
    for (Mention m : d.mentions()) {
      assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("MENTION." + m.code()) && r.met()), m.code());
    }
    for (IgnoredInitiative i : d.ignoredInitiatives()) {
      assertTrue(d.reasons().stream().anyMatch(r -> r.rule().equals("ELIGIBILITY." + i.id()) && !r.met()), i.id());
    }
  }

  private static String one(Map<String, List<String>> expect, String key) {
    return expect.get(key).get(0);
  }
}
