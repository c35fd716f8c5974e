package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.arobase.core.Collectivity;
import org.arobase.core.CollectivityKind;
import org.arobase.core.Dossier;
import org.arobase.core.Initiative;
import org.arobase.core.Operator;
import org.arobase.core.decision.Decision;
import org.arobase.core.validation.InvalidDossierException;
import org.arobase.core.validation.ViolationCodes;
import org.arobase.testing.DossierGenerator;
import org.junit.jupiter.api.Test;

/** Rule files that loop or throw fail their dossier only, and say where (docs/METHOD.md §12). */
class RuleFailureTest {

  private static final int YEAR = 2022;
  private static final int AT = 7;

  private static Path rules(String name) {
    try {
      return Path.of(RuleFailureTest.class.getResource("failing/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The line of {@code rule "name"} in the file, 1-based. */
  private static int lineOf(Path file, String rule) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("rule \"" + rule + "\"")) {
        return i + 1;
      }
    }
    throw new AssertionError(rule + " is not in " + file);
  }

  /** A valid dossier with this population, which the failing rules look for. */
  private static Dossier dossier(int population) {
    return Dossier.builder().edition(YEAR)
        .collectivity(Collectivity.builder().code("19015").name("Ayen").kind(CollectivityKind.COMMUNE)
            .population(population).build())
        .addInitiatives(Initiative.builder().id("a").title("Initiative a").startedOn(LocalDate.of(2020, 1, 1))
            .operator(Operator.COLLECTIVITY).addServices("SP.01", "SP.02").build())
        .build();
  }

  /** 20 dossiers, the one at {@link #AT} given, the others generated (none of 777 to 780 inhabitants). */
  private static List<Dossier> twenty(Dossier odd) {
    DossierGenerator generator = DossierGenerator.forEdition(YEAR);
    List<Dossier> out = new ArrayList<>();
    for (long seed = 1; out.size() < 19; seed++) {
      Dossier d = generator.dossier(seed);
      if (d.collectivity().population() < 777 || d.collectivity().population() > 780) {
        out.add(d);
      }
    }
    out.add(AT, odd);
    return out;
  }

  /** Checks the dossier at {@link #AT} failed and every other one was rated; returns the failure. */
  private static RuleFailure onlyItFails(List<Evaluation> evaluations) {
    assertEquals(20, evaluations.size());
    for (int i = 0; i < evaluations.size(); i++) {
      if (i != AT) {
        assertInstanceOf(Evaluation.Rated.class, evaluations.get(i), "dossier " + i + ": " + evaluations.get(i));
      }
    }
    return assertInstanceOf(Evaluation.Failed.class, evaluations.get(AT)).failure();
  }

  @Test
  void aLoopingRuleIsStoppedByTheFiringBudgetAndFailsItsDossierOnly() throws IOException {
    Path file = rules("loop.drl");
    LabelEngine engine = LabelEngine.builder().edition(YEAR).addRules(file).build();
    assertEquals(LabelEngine.DEFAULT_MAX_FIRINGS, engine.maxFirings());
    long start = System.nanoTime();
    RuleFailure failure = onlyItFails(engine.evaluateEach(twenty(dossier(777))));
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "bounded");
    assertEquals(RuleFailure.Kind.FIRING_LIMIT, failure.kind(), failure.toString());
    assertEquals(file.toString(), failure.file());
    assertEquals("USER.LOOP", failure.rule());
    assertEquals(lineOf(file, "USER.LOOP"), failure.line());
    assertTrue(failure.message().contains("100000") && failure.message().contains("maxFirings")
        && failure.message().contains("\"USER.LOOP\""), failure.message());
    // The single-dossier path says the same, and evaluateAll names the position.
    assertEquals(failure, assertInstanceOf(Evaluation.Failed.class, engine.assess(dossier(777))).failure());
    RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.evaluate(dossier(777)));
    assertEquals(failure, e.failure());
    assertTrue(e.getMessage().contains(file + ":" + failure.line()), e.getMessage());
    e = assertThrows(RuleFailureException.class, () -> engine.evaluateAll(twenty(dossier(777))));
    assertEquals(AT, e.position().getAsInt());
    assertTrue(e.getMessage().startsWith("dossier at position " + AT), e.getMessage());
    // The loop needs its dossier: the others are rated by the same rules as without the file.
    Decision rated = engine.evaluate(dossier(700));
    assertEquals(Engines.of(YEAR).evaluate(dossier(700)).arobases(), rated.arobases());
  }

  @Test
  void aLoopingRuleIsStoppedByTheTimeBudget() {
    LabelEngine engine = LabelEngine.builder().edition(YEAR).addRules(rules("loop.drl"))
        .maxFirings(Integer.MAX_VALUE).maxTimePerDossier(Duration.ofSeconds(2)).build();
    long start = System.nanoTime();
    RuleFailure failure = onlyItFails(engine.evaluateEach(twenty(dossier(777))));
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "bounded");
    assertEquals(RuleFailure.Kind.TIME_LIMIT, failure.kind(), failure.toString());
    assertEquals("USER.LOOP", failure.rule());
    assertTrue(failure.message().contains("2000 ms") && failure.message().contains("maxTimePerDossier"),
        failure.message());
  }

  @Test
  void aRuleThatDividesByZeroFailsItsDossierWithItsFileRuleAndLine() throws IOException {
    Path file = rules("divide.drl");
    for (LabelEngine.Tuning tuning : LabelEngine.Tuning.values()) {
      LabelEngine engine = LabelEngine.builder().edition(YEAR).addRules(file).tuning(tuning).build();
      RuleFailure failure = onlyItFails(engine.evaluateEach(twenty(dossier(778))));
      assertEquals(RuleFailure.Kind.EXCEPTION, failure.kind(), failure.toString());
      assertEquals(file.toString(), failure.file());
      assertEquals("USER.DIVIDE", failure.rule());
      assertEquals(lineOf(file, "USER.DIVIDE"), failure.line());
      assertTrue(failure.message().contains("ArithmeticException") && failure.message().contains("/ by zero"),
          failure.message());
      assertEquals(file + ":" + failure.line() + ": rule \"USER.DIVIDE\": " + failure.message(), failure.toString());
      RuleFailure npe = assertInstanceOf(Evaluation.Failed.class, engine.assess(dossier(780))).failure();
      assertEquals("USER.NULL", npe.rule());
      assertEquals(lineOf(file, "USER.NULL"), npe.line());
      assertTrue(npe.message().contains("NullPointerException"), npe.message());
      RuleFailureException e = assertThrows(RuleFailureException.class, () -> engine.evaluate(dossier(778)));
      assertEquals("USER.DIVIDE", e.rule());
      assertEquals(file.toString(), e.file());
      assertEquals(failure.line(), e.line());
      assertFalse(e.position().isPresent());
    }
  }

  @Test
  void aConditionThatThrowsFailsItsDossierOnly() throws IOException {
    Path file = rules("condition.drl");
    LabelEngine engine = LabelEngine.builder().edition(YEAR).addRules(file).build();
    RuleFailure failure = onlyItFails(engine.evaluateEach(twenty(dossier(779))));
    assertEquals(RuleFailure.Kind.EXCEPTION, failure.kind(), failure.toString());
    assertTrue(failure.message().contains("ArithmeticException"), failure.message());
    assertEquals("USER.CONDITION", failure.rule(), failure.toString());
    assertEquals(file.toString(), failure.file(), failure.toString());
    assertEquals(lineOf(file, "USER.CONDITION"), failure.line(), failure.toString());
  }

  @Test
  void evaluateEachGivesOneResultPerDossierInOrder() {
    LabelEngine engine = Engines.of(YEAR);
    Dossier bad = Dossier.builder().edition(YEAR)
        .collectivity(Collectivity.builder().code("19015").name("Ayen").kind(CollectivityKind.COMMUNE)
            .population(700).build())
        .addInitiatives(Initiative.builder().id("late").title("Initiative late").startedOn(LocalDate.of(2022, 1, 1))
            .operator(Operator.COLLECTIVITY).addServices("SP.01").build())
        .build();
    List<Dossier> dossiers = twenty(bad);
    List<Evaluation> evaluations = engine.evaluateEach(dossiers);
    assertEquals(20, evaluations.size());
    for (int i = 0; i < dossiers.size(); i++) {
      if (i == AT) {
        Evaluation.Refused refused = assertInstanceOf(Evaluation.Refused.class, evaluations.get(i));
        assertTrue(refused.report().codes().contains(ViolationCodes.NO_ELIGIBLE_INITIATIVE), refused.report().toString());
        assertEquals(refused, engine.assess(bad));
        assertFalse(refused.isRated());
      } else {
        Evaluation.Rated rated = assertInstanceOf(Evaluation.Rated.class, evaluations.get(i));
        assertEquals(engine.evaluate(dossiers.get(i)), rated.decision());
        assertEquals(rated.decision(), rated.orThrow());
      }
    }
    InvalidDossierException e = assertThrows(InvalidDossierException.class, () -> engine.evaluateAll(dossiers));
    assertTrue(e.report().codes().contains(ViolationCodes.NO_ELIGIBLE_INITIATIVE));
    assertTrue(e.report().violations().stream().allMatch(v -> v.pointer().startsWith("/" + AT)), e.report().toString());
    assertTrue(engine.evaluateEach(List.of()).isEmpty());
  }

  @Test
  void theBundledRulesStayFarBelowTheDefaultBudget() {
    for (int year = 2020; year <= 2027; year++) {
      DossierGenerator generator = DossierGenerator.forEdition(year);
      List<Dossier> dossiers = new ArrayList<>();
      for (long seed = 0; seed < 200; seed++) {
        dossiers.add(generator.dossier(seed * 31 + year));
      }
      // A hundredth of the default firings is still enough for every dossier.
      LabelEngine tight = LabelEngine.builder().edition(year).maxFirings(LabelEngine.DEFAULT_MAX_FIRINGS / 100).build();
      for (LabelEngine engine : List.of(Engines.of(year), tight)) {
        List<Evaluation> evaluations = engine.evaluateEach(dossiers);
        for (int i = 0; i < evaluations.size(); i++) {
          assertInstanceOf(Evaluation.Rated.class, evaluations.get(i), year + " dossier " + i + ": " + evaluations.get(i));
        }
      }
    }
  }

  @Test
  void budgetsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> LabelEngine.builder().maxFirings(0));
    assertThrows(IllegalArgumentException.class, () -> LabelEngine.builder().maxTimePerDossier(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> LabelEngine.builder().maxTimePerDossier(Duration.ofSeconds(-1)));
    LabelEngine engine = LabelEngine.builder().edition(YEAR).maxTimePerDossier(Duration.ofDays(365_000_000L)).build();
    assertTrue(engine.evaluate(dossier(700)).arobases() >= 1);
    assertEquals(Duration.ofSeconds(10), Engines.of(YEAR).maxTimePerDossier());
  }
}
