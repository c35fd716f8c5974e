package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.junit.jupiter.api.io.TempDir;

/** One pass per fact: a dossier is validated once, and eligibility has one judge. */
class OnePassTest {

  @TempDir
  Path dir;

  /** Counts every initiative, whoever runs it and whenever it started: a rule file of one's own. */
  private static final String EVERYTHING_COUNTS = """
      package org.arobase.rules.user;

      import java.util.ArrayList;
      import java.util.List;
      import java.util.Optional;
      import org.arobase.core.Initiative;
      import org.arobase.core.eligibility.EligibilityVerdict;
      import org.arobase.rules.facts.EligibilityVerdicts;
      import org.arobase.rules.facts.RatingContext;

      rule "USER.ELIGIBILITY"
        ruleflow-group "eligibility"
      when
        $ctx : RatingContext()
      then
        List verdicts = new ArrayList();
        for (Object i : $ctx.initiatives()) {
          verdicts.add(new EligibilityVerdict(((Initiative) i).id(), Optional.empty(), "Compte selon la règle locale."));
        }
        insert(new EligibilityVerdicts(verdicts));
      end
      """;

  /** Counts no initiative. */
  private static final String NOTHING_COUNTS = EVERYTHING_COUNTS
      .replace("Optional.empty()", "Optional.of(org.arobase.core.eligibility.IneligibilityReason.OPERATOR_NOT_COUNTED)")
      .replace("Compte selon la règle locale.", "Ne compte pas selon la règle locale.");

  private static Dossier lateDossier() {
    // Started after the close of the 2022 filing window: the label's definition ignores it.
    return Dossier.builder().edition(2022)
        .collectivity(Collectivity.builder().code("19015").name("Ayen").kind(CollectivityKind.COMMUNE).population(700).build())
        .addInitiatives(Initiative.builder().id("late").title("Initiative tardive").startedOn(LocalDate.of(2022, 6, 1))
            .operator(Operator.COLLECTIVITY).addServices("SP.01").build())
        .build();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theEngineValidatesADossierOnceWithTheCallersChecks() {
    AtomicInteger calls = new AtomicInteger();
    LabelEngine engine = LabelEngine.builder().edition(2022).addCheck(d -> {
      calls.incrementAndGet();
      return List.of();
    }).build();
    DossierGenerator generator = DossierGenerator.forEdition(2022);
    for (long seed = 0; seed < 20; seed++) {
      engine.evaluate(generator.dossier(seed));
    }
    assertEquals(20, calls.get(), "one validation per dossier rated");
    engine.evaluateAll(List.of(generator.dossier(100), generator.dossier(101), generator.dossier(102)));
    assertEquals(23, calls.get());
  }

  @Test
  void theCallersCheckRefusesTheDossier() {
    LabelEngine engine = LabelEngine.builder().edition(2022)
        .addCheck(d -> List.of(org.arobase.core.validation.Violation.error("/collectivity/code", "CODE_UNKNOWN", "inconnu")))
        .build();
    InvalidDossierException e = assertThrows(InvalidDossierException.class,
        () -> engine.evaluate(DossierGenerator.forEdition(2022).dossier(1)));
    assertEquals(List.of("CODE_UNKNOWN"), e.report().errors().stream().map(v -> v.code()).toList());
  }

  @Test
  void theValidationsVerdictsAreTheRatingsVerdicts() {
    LabelEngine engine = Engines.of(2022);
    DossierGenerator generator = DossierGenerator.forEdition(2022).ineligibleShare(0.4);
    for (long seed = 0; seed < 200; seed++) {
      Dossier dossier = generator.dossier(seed);
      var report = engine.validator().validate(dossier);
      assertEquals(dossier.initiatives().size(), report.eligibility().size(), "seed " + seed);
      Decision decision = engine.evaluate(dossier);
      List<String> counted = report.eligibility().stream().filter(v -> v.eligible()).map(v -> v.initiativeId()).sorted().toList();
      assertEquals(counted, decision.eligibleInitiatives(), "seed " + seed);
    }
  }

  @Test
  void aUsersEligibilityRulesAreTheOnlyJudge() throws IOException {
    assertThrows(InvalidDossierException.class, () -> Engines.of(2022).evaluate(lateDossier()),
        "the label's definition ignores an initiative started after the reference date");
    LabelEngine own = LabelEngine.builder().edition(2022).addRules(write("eligibility.drl", EVERYTHING_COUNTS)).build();
    var report = own.validator().validate(lateDossier());
    assertTrue(report.isValid(), report.toString());
    assertTrue(report.eligibility().isEmpty(), "the validation leaves eligibility to the rules");
    Decision decision = own.evaluate(lateDossier());
    assertEquals(List.of("late"), decision.eligibleInitiatives());
    assertTrue(decision.reasons().stream().anyMatch(r -> r.rule().equals("ELIGIBILITY.late") && r.met()));
  }

  @Test
  void aUsersEligibilityRulesThatCountNothingRefuseTheDossier() throws IOException {
    LabelEngine own = LabelEngine.builder().edition(2022).addRules(write("eligibility.drl", NOTHING_COUNTS)).build();
    InvalidDossierException e = assertThrows(InvalidDossierException.class,
        () -> own.evaluate(DossierGenerator.forEdition(2022).dossier(3)));
    assertTrue(e.report().codes().contains(ViolationCodes.NO_ELIGIBLE_INITIATIVE), e.report().toString());
    assertTrue(e.report().codes().contains(ViolationCodes.ignored(
        org.arobase.core.eligibility.IneligibilityReason.OPERATOR_NOT_COUNTED)), e.report().toString());
  }

  @Test
  void anotherFileAddingEligibilityRulesKeepsTheBundledJudge() throws IOException {
    // Only a file that replaces eligibility.drl takes over; the validation still judges otherwise.
    LabelEngine engine = LabelEngine.builder().edition(2022).addRules(write("extra.drl", """
        package org.arobase.rules.user;
        import org.arobase.rules.facts.RatingContext;
        rule "USER.NOTHING"
          ruleflow-group "mentions"
        when
          RatingContext(population < 0)
        then
        end
        """)).build();
    assertTrue(engine.validator().judgesEligibility());
    assertThrows(InvalidDossierException.class, () -> engine.evaluate(lateDossier()));
  }

  @Test
  void theCompiledRuleSetsAreBounded() throws IOException {
    for (int i = 0; i <= KieBases.CACHE_SIZE + 2; i++) {
      LabelEngine.builder().edition(2022).tuning(LabelEngine.Tuning.START_UP)
          .addRules(write("bound.drl", "package org.arobase.rules.user;\n// variant " + i + "\n")).build();
    }
    assertTrue(KieBases.cached() <= KieBases.CACHE_SIZE, "cached: " + KieBases.cached());
  }
}
