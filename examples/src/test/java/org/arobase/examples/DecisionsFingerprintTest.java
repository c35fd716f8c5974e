package org.arobase.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.ImmutableDecision;
import org.arobase.core.decision.Provenance;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.arobase.testing.DossierGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins every decision of the method: 3,600 generated decisions per millésime (dossiers of 1 to 60,
 * 60 and 1 to 5 initiatives; both tunings) written as JSON and hashed, one hash per millésime. Only the rule files' hash is left out,
 * since it changes with any edit of a rule file's text. A change of a hash is a change of the
 * method for that millésime: say so in the CHANGELOG and update the constant.
 */
class DecisionsFingerprintTest {

  @ParameterizedTest
  @CsvSource({
    "2020, 38b2cb72b521cd6cae3df18d459a96c6b49ff96672821f951b1c1bde061d402c",
    // 2021 changed with its catalogue of mentions: transition écologique and démocratie locale
    // (5b9e3faedfe9a14985e58058f43f9b4f7a3d242eea01888801e312cb8f338846 before, see the CHANGELOG).
    "2021, 0f3227253f57257203ed245dfad98b0e41e16ae17d006bd9d7f1aca7a95651e0",
    "2022, 32a9be3e915bc5ad4908d670c5d17ba55a0a22d90eb10988e79726d7764a5322",
    "2023, 1a7c279d76ac7194bce7475991c31a37f157a292773a632fa5a3dae68b269f44",
    "2024, 624cb0d81d7db9709aed4da2c385e101d5e7b600d9e09f4bad4a46e893de24cb",
    "2025, 993730b41701c66aeb857c47d8fbdbf1761f85d7972dec85e9e629e41724722e",
    "2026, b9b457c98f74f0f0c31d4d59dc1c554ef4f52c75e7515d99e065644fbd2fccec",
    "2027, 1d542fddc021b4b511f89f86df2b3a304a2e98d1ed461ebc3b47795f2464952d"})
  void theDecisionsOfEachMillesimeAreUnchanged(int year, String expected) throws Exception {
    assertEquals(expected, fingerprint(List.of(year)), "the decisions of " + year);
  }

  static String fingerprint(List<Integer> years) throws Exception {
    LabelJson json = LabelJson.standard();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (int year : years) {
      DossierGenerator base = DossierGenerator.forEdition(year);
      List<DossierGenerator> generators = List.of(base, base.initiatives(60, 60), base.initiatives(1, 5));
      for (LabelEngine.Tuning tuning : LabelEngine.Tuning.values()) {
        LabelEngine engine = LabelEngine.builder().edition(year).tuning(tuning).build();
        for (DossierGenerator generator : generators) {
          for (long seed = 0; seed < 600; seed++) {
            Decision d = engine.evaluate(generator.dossier(seed));
            Provenance p = d.provenance();
            Decision stripped = ImmutableDecision.copyOf(d).withProvenance(new Provenance(p.matrixVersion(),
                p.ruleSetId(), "", p.parametersVersion(), p.libraryVersion(), p.formatVersion()));
            digest.update(json.write(stripped).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
          }
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
