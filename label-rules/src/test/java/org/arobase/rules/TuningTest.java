package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.ImmutableDecision;
import org.arobase.testing.DossierGenerator;
import org.arobase.testing.DossierProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled rules precompiled at build time, and the same files compiled from DRL at run time
 * in either tuning, must decide alike.
 */
class TuningTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022})
  void precompiledAndRunTimeCompiledRulesGiveTheSameDecisions(int year) throws IOException {
    LabelEngine precompiled = LabelEngine.builder().edition(year).build();
    LabelEngine startUp = LabelEngine.builder().edition(year).tuning(LabelEngine.Tuning.START_UP).build();
    assertEquals(precompiled.provenance(), startUp.provenance(), "the same rules, the same provenance");
    // A file of one's own with the bundled text: the whole set is then compiled from DRL at run time.
    Path level = dir.resolve("level.drl");
    Files.writeString(level, LabelEngine.bundledSources().stream().filter(s -> s.name().equals("level.drl"))
        .findFirst().orElseThrow().text());
    LabelEngine compiled = LabelEngine.builder().edition(year).addRules(level).build();
    LabelEngine interpreted = LabelEngine.builder().edition(year).addRules(level).tuning(LabelEngine.Tuning.START_UP).build();
    assertEquals(precompiled.ruleCount(), compiled.ruleCount());
    assertEquals(precompiled.ruleCount(), interpreted.ruleCount());
    assertEquals(precompiled.provenance().ruleSetHash(), compiled.provenance().ruleSetHash(), "the hash is the files' text");
    assertNotEquals(precompiled.provenance(), compiled.provenance(), "the rule set's name tells the file of one's own");
    DossierProperty.forAll("same decision, precompiled or compiled at run time, " + year, 500, 31L * year,
        DossierGenerator.forEdition(year), dossier -> {
          Decision expected = precompiled.evaluate(dossier);
          assertEquals(expected, startUp.evaluate(dossier));
          assertEquals(expected, same(compiled.evaluate(dossier), expected));
          assertEquals(expected, same(interpreted.evaluate(dossier), expected));
        });
  }

  /** The decision with the provenance of another one: only the rule set's name differs. */
  private static Decision same(Decision decision, Decision other) {
    return ImmutableDecision.copyOf(decision).withProvenance(other.provenance());
  }
}
