package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arobase.core.Edition;
import org.arobase.core.LabelData;
import org.arobase.core.decision.Decision;
import org.arobase.testing.DossierGenerator;
import org.arobase.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every millésime of the data is rated from its own matrix and parameters; a new one is data only. */
class MillesimesTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027})
  void everyMillesimeIsRatedFromItsOwnMatrixAndParameters(int year) {
    Edition edition = Edition.of(year);
    LabelEngine engine = LabelEngine.builder().edition(year).tuning(LabelEngine.Tuning.START_UP).build();
    DossierGenerator generator = DossierGenerator.forEdition(year);
    for (long seed = 0; seed < 50; seed++) {
      Decision d = engine.evaluate(generator.dossier(seed));
      assertEquals(year, d.edition());
      assertEquals(edition.matrixVersion(), d.provenance().matrixVersion());
      assertEquals(year + ".1", d.provenance().parametersVersion());
      long obligations = d.reasons().stream().filter(r -> r.rule().startsWith("OBLIGATION.")).count();
      assertEquals(edition.obligations().size(), obligations, "one reason per obligation of " + year);
    }
  }

  @Test
  void aMillesimeAddedAsDataIsRated() throws IOException {
    assertEquals(2028, TestData.withNextMillesime(dir));
    LabelData data = LabelData.load(dir);
    LabelEngine.checkParameters(data);
    LabelEngine engine = LabelEngine.builder().data(data).edition(2028).tuning(LabelEngine.Tuning.START_UP).build();
    Edition e2028 = data.edition(2028);
    Decision d = engine.evaluate(DossierGenerator.of(e2028, data.matrix(e2028.matrixVersion())).dossier(7));
    assertEquals(2028, d.edition());
    assertEquals("2028.1", d.provenance().parametersVersion());
    assertThrows(IllegalArgumentException.class, () -> LabelEngine.builder().edition(2028));
  }

  @Test
  void aParameterThatDecreasesFromOneLevelToTheNextIsNamedWithItsLine() throws IOException {
    LabelData.bundled().export(dir);
    Path parameters = dir.resolve("parameters.tsv");
    String text = Files.readString(parameters, StandardCharsets.UTF_8);
    Files.writeString(parameters, text.replace("level.5.VILLE.minScore\t2020\t0.28", "level.5.VILLE.minScore\t2020\t0.1"),
        StandardCharsets.UTF_8);
    LabelData data = LabelData.load(dir);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelEngine.checkParameters(data));
    assertTrue(e.getMessage().contains(parameters + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("level.5.VILLE.minScore is lower than the level below"), e.getMessage());
  }
}
