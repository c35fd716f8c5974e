package org.arobase.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.arobase.core.Dossier;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.arobase.testing.DossierGenerator;
import org.arobase.testing.DossierProperty;
import org.junit.jupiter.api.Test;

/** docs/METHOD.md §11: the decision of a dossier that went through JSON equals the decision of the original. */
class JsonRoundTripRatingTest {

  @Test
  void aDossierRatesTheSameAfterAJsonRoundTrip() {
    LabelEngine engine = LabelEngine.builder().edition(2022).build();
    LabelJson json = LabelJson.standard().compact();
    DossierProperty.forAll("decision of the JSON round trip", 1_000, 2022L, DossierGenerator.forEdition(2022),
        dossier -> {
          Dossier again = json.readDossier(json.write(dossier));
          assertEquals(engine.evaluate(dossier), engine.evaluate(again));
        });
  }
}
