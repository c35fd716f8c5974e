package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.junit.jupiter.api.io.TempDir;

class LabelEngineTest {

  @TempDir
  Path dir;

  private static Dossier dossier(int year, Initiative... initiatives) {
    return Dossier.builder().edition(year)
        .collectivity(Collectivity.builder().code("19015").name("Ayen").kind(CollectivityKind.COMMUNE)
            .population(700).build())
        .addInitiatives(initiatives).build();
  }

  private static Initiative initiative(String id, LocalDate start, String... services) {
    return Initiative.builder().id(id).title("Initiative " + id).startedOn(start).operator(Operator.COLLECTIVITY)
        .addServices(services).build();
  }

  /** The bundled parameters of 2022 as a parameters file of one's own: {@code key = value} lines. */
  private static String bundledParameters() {
    StringBuilder text = new StringBuilder("version = 2022.1\n");
    org.arobase.core.LabelData.bundled().parameters(2022).values()
        .forEach(p -> text.append(p.key()).append(" = ").append(p.value()).append('\n'));
    return text.toString();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void provenanceNamesMatrixRulesParametersAndFormat() {
    Decision d = Engines.of(2022).evaluate(dossier(2022, initiative("a", LocalDate.of(2020, 1, 1), "SP.01")));
    assertEquals("2022", d.provenance().matrixVersion());
    assertEquals("arobase-2022", d.provenance().ruleSetId());
    assertTrue(d.provenance().ruleSetHash().matches("[0-9a-f]{64}"), d.provenance().ruleSetHash());
    assertEquals("2022.1", d.provenance().parametersVersion());
    assertEquals(Decision.FORMAT, d.provenance().formatVersion());
    assertFalse(d.provenance().libraryVersion().isBlank());
    // Every millésime shares the rule files; its differences are data (parameters.tsv, millesimes.tsv).
    assertEquals(Engines.of(2021).provenance().ruleSetHash(), Engines.of(2022).provenance().ruleSetHash());
    assertNotEquals(Engines.of(2021).provenance().parametersVersion(), Engines.of(2022).provenance().parametersVersion());
    assertTrue(Engines.of(2022).ruleCount() >= 10, "rules: " + Engines.of(2022).ruleCount());
  }

  @Test
  void aDossierWithNoEligibleInitiativeIsRefusedWithItsReport() {
    Dossier d = dossier(2022, initiative("late", LocalDate.of(2022, 1, 1), "SP.01"));
    InvalidDossierException e = assertThrows(InvalidDossierException.class, () -> Engines.of(2022).evaluate(d));
    assertTrue(e.report().codes().contains(ViolationCodes.NO_ELIGIBLE_INITIATIVE), e.report().toString());
  }

  @Test
  void anInvalidDossierIsRefusedWithEveryViolation() {
    Dossier d = dossier(2022, initiative("a", LocalDate.of(2020, 1, 1), "XX.99"), initiative("a", LocalDate.of(2020, 1, 1), "SP.01"));
    InvalidDossierException e = assertThrows(InvalidDossierException.class, () -> Engines.of(2022).evaluate(d));
    assertTrue(e.report().codes().containsAll(List.of(ViolationCodes.SERVICE_UNKNOWN, ViolationCodes.INITIATIVE_ID_DUPLICATE)),
        e.report().toString());
  }

  @Test
  void aDossierOfAnotherMillesimeIsRefused() {
    Dossier d = dossier(2021, initiative("a", LocalDate.of(2019, 1, 1), "SP.01"));
    InvalidDossierException e = assertThrows(InvalidDossierException.class, () -> Engines.of(2022).evaluate(d));
    assertEquals("/edition", e.report().errors().get(0).pointer());
    assertTrue(e.getMessage().contains("2022"), e.getMessage());
  }

  @Test
  void evaluateAllKeepsTheOrderAndRefusesTheFirstInvalidDossier() {
    DossierGenerator generator = DossierGenerator.forEdition(2022);
    List<Dossier> dossiers = List.of(generator.dossier(1), generator.dossier(2), generator.dossier(3));
    List<Decision> decisions = Engines.of(2022).evaluateAll(dossiers);
    for (int i = 0; i < dossiers.size(); i++) {
      assertEquals(Engines.of(2022).evaluate(dossiers.get(i)), decisions.get(i));
    }
    Dossier bad = dossier(2022, initiative("late", LocalDate.of(2022, 1, 1), "SP.01"));
    InvalidDossierException e = assertThrows(InvalidDossierException.class,
        () -> Engines.of(2022).evaluateAll(List.of(generator.dossier(1), bad)));
    assertTrue(e.report().codes().contains(ViolationCodes.NO_ELIGIBLE_INITIATIVE));
  }

  @Test
  void aRuleFileThatDoesNotCompileNamesTheFileAndTheLine() throws IOException {
    Path file = write("broken.drl", "package org.arobase.rules.user;\n\nrule \"BROKEN\"\nwhen\n  Nothing(x == )\nthen\nend\n");
    RuleCompilationException e = assertThrows(RuleCompilationException.class,
        () -> LabelEngine.builder().edition(2022).addRules(file).build());
    assertEquals(file.toString(), e.file());
    assertEquals(5, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void aReasonARuleInsertsForAnInitiativeReplacesTheOneDerivedFromItsVerdict() throws IOException {
    Path file = write("explain.drl", """
        package org.arobase.rules.user;
        import org.arobase.core.decision.Outcome;
        import org.arobase.core.decision.Reason;
        rule "USER.EXPLAIN"
          ruleflow-group "eligibility"
        when
        then
          insert(new Reason("ELIGIBILITY.b", Outcome.MET, "ELIGIBLE", "ELIGIBLE", "Règle locale : b compte."));
        end
        """);
    Dossier dossier = dossier(2022, initiative("c", LocalDate.of(2020, 1, 1), "SP.01"),
        initiative("b", LocalDate.of(2020, 1, 1), "SP.02"), initiative("a", LocalDate.of(2020, 1, 1), "SP.03"));
    Decision d = LabelEngine.builder().edition(2022).addRules(file).build().evaluate(dossier);
    List<String> eligibility = d.reasons().stream().limit(3).map(r -> r.rule() + " " + r.message()).toList();
    String derived = Engines.of(2022).evaluate(dossier).reasons().get(0).message();
    assertEquals(List.of("ELIGIBILITY.a " + derived, "ELIGIBILITY.b Règle locale : b compte.", "ELIGIBILITY.c " + derived),
        eligibility, "one reason per initiative, in id order, before the others");
    assertEquals(3, d.reasons().stream().filter(r -> r.rule().startsWith("ELIGIBILITY.")).count());
  }

  @Test
  void aRuleFileWithTheNameOfABundledOneReplacesIt() throws IOException {
    // A mentions.drl that proposes every mention of the catalogue, whatever the dossier.
    Path file = write("mentions.drl", """
        package org.arobase.rules.user;
        import org.arobase.core.decision.Outcome;
        import org.arobase.core.decision.Reason;
        import org.arobase.rules.facts.MentionParameter;
        import org.arobase.rules.facts.MentionVerdict;
        rule "MENTION.ALWAYS"
          ruleflow-group "mentions"
        when
          $p : MentionParameter()
        then
          insert(new MentionVerdict($p.mention(), true,
              new Reason("MENTION." + $p.code(), Outcome.MET, "-", "-", "Toujours proposée.")));
        end
        """);
    LabelEngine engine = LabelEngine.builder().edition(2022).addRules(file).build();
    Decision d = engine.evaluate(dossier(2022, initiative("a", LocalDate.of(2020, 1, 1), "SP.01")));
    assertEquals(4, d.mentions().size());
    assertEquals("arobase-2022+mentions.drl", d.provenance().ruleSetId());
    assertNotEquals(Engines.of(2022).provenance().ruleSetHash(), d.provenance().ruleSetHash());
    assertTrue(Engines.of(2022).evaluate(dossier(2022, initiative("a", LocalDate.of(2020, 1, 1), "SP.01")))
        .mentions().isEmpty(), "the bundled engine is unchanged");
  }

  @Test
  void aRuleSetWithNoRuleIsAnError() throws IOException {
    LabelEngine.Builder builder = LabelEngine.builder().edition(2022);
    for (String name : List.of("eligibility", "mosaic", "obligations", "level", "mentions", "distinctions")) {
      builder.addRules(write(name + ".drl", "package org.arobase.rules.empty;\n"));
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertTrue(e.getMessage().contains("no rule"), e.getMessage());
  }

  @Test
  void aRuleSetThatDecidesNoLevelFailsClearly() throws IOException {
    LabelEngine engine = LabelEngine.builder().edition(2022)
        .addRules(write("level.drl", "package org.arobase.rules.empty;\n")).build();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> engine.evaluate(dossier(2022, initiative("a", LocalDate.of(2020, 1, 1), "SP.01"))));
    assertTrue(e.getMessage().contains("level"), e.getMessage());
  }

  @Test
  void builderErrorsAreClear() throws IOException {
    assertThrows(IllegalStateException.class, () -> LabelEngine.builder().build());
    assertThrows(IllegalArgumentException.class, () -> LabelEngine.builder().edition(1999));
    assertThrows(IllegalArgumentException.class,
        () -> LabelEngine.builder().edition(2022).addRules(dir.resolve("missing.drl")).build());
    Path a = Files.createDirectories(dir.resolve("a")).resolve("x.drl");
    Path b = Files.createDirectories(dir.resolve("b")).resolve("x.drl");
    assertThrows(IllegalArgumentException.class, () -> LabelEngine.builder().addRules(a, b));
  }

  @Test
  void wrongParametersNameTheFileAndTheKey() throws IOException {
    String text = bundledParameters();
    Path file = write("parameters.properties", text.replace("level.3.VILLE.minEnjeux = 6", "level.3.VILLE.minEnjeux = six"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LabelEngine.builder().edition(2022).parameters(file).build());
    assertTrue(e.getMessage().contains("level.3.VILLE.minEnjeux") && e.getMessage().contains(file.toString()),
        e.getMessage());
    Path stricter = write("stricter.properties", text.replace("version = 2022.1", "version = local.1")
        .replace("level.2.VILLAGE.minEnjeux = 2", "level.2.VILLAGE.minEnjeux = 16"));
    LabelEngine engine = LabelEngine.builder().edition(2022).parameters(stricter).build();
    Dossier twoEnjeux = dossier(2022, initiative("a", LocalDate.of(2020, 1, 1), "SP.01"),
        initiative("b", LocalDate.of(2020, 1, 1), "CS.01", "SP.02", "SP.03"));
    Decision d = engine.evaluate(twoEnjeux);
    assertEquals("local.1", d.provenance().parametersVersion());
    assertEquals(1, d.arobases(), "2@ needs 16 enjeux with these parameters");
    assertEquals(2, Engines.of(2022).evaluate(twoEnjeux).arobases());
  }

  @Test
  void parametersMustNameEnjeuxOfTheMatrix() throws IOException {
    String text = bundledParameters();
    Path file = write("parameters.properties", text.replace("mention.DEMOCRATIE_LOCALE.enjeu = DL", "mention.DEMOCRATIE_LOCALE.enjeu = ZZ"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LabelEngine.builder().edition(2022).parameters(file).build());
    assertTrue(e.getMessage().contains("ZZ"), e.getMessage());
  }
}
