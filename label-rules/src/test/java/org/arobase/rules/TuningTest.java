package org.arobase.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.arobase.testing.DossierGenerator;
import org.arobase.testing.DossierProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two tunings compile the same rules differently and must decide alike. */
class TuningTest {

  @ParameterizedTest
  @ValueSource(ints = {2020, 2021, 2022})
  void startUpAndThroughputGiveTheSameDecisions(int year) {
    LabelEngine throughput = LabelEngine.builder().edition(year).build();
    LabelEngine startUp = LabelEngine.builder().edition(year).tuning(LabelEngine.Tuning.START_UP).build();
    assertEquals(throughput.ruleCount(), startUp.ruleCount());
    assertEquals(throughput.provenance(), startUp.provenance(), "the same rules, the same provenance");
    DossierProperty.forAll("same decision, tuning " + year, 500, 31L * year, DossierGenerator.forEdition(year),
        dossier -> assertEquals(throughput.evaluate(dossier), startUp.evaluate(dossier)));
  }
}
