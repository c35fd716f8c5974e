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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins every decision of the method: 3,600 generated decisions per millésime (dossiers of 1 to 60,
 * 60 and 1 to 5 initiatives; both tunings) written as JSON and hashed, one hash per millésime and
 * one of them all (10,800 decisions of 2020, 2021 and 2022). Only the rule files' hash is left out,
 * since it changes with any edit of a rule file's text. A change of a hash is a change of the
 * method for that millésime: say so in the CHANGELOG and update the constant.
 */
class DecisionsFingerprintTest {

  /** The decisions of 2020, 2021 and 2022 together, as first pinned. */
  static final String EXPECTED = "c0ec8946bbd2559ca90db6193aaa759a5ea6c862af50722dd58fe1526d0e6cd3";

  @Test
  void decisionsAreUnchanged() throws Exception {
    assertEquals(EXPECTED, fingerprint(List.of(2020, 2021, 2022)));
  }

  @ParameterizedTest
  @CsvSource({
    "2020, 38b2cb72b521cd6cae3df18d459a96c6b49ff96672821f951b1c1bde061d402c",
    "2021, 5b9e3faedfe9a14985e58058f43f9b4f7a3d242eea01888801e312cb8f338846",
    "2022, 32a9be3e915bc5ad4908d670c5d17ba55a0a22d90eb10988e79726d7764a5322"})
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
