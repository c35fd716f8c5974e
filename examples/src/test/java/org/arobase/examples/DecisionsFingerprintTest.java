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

/**
 * Pins every decision of the method: 10,800 generated decisions (2020, 2021 and 2022; dossiers of
 * 1 to 60, 60 and 1 to 5 initiatives; both tunings) written as JSON and hashed. Only the rule
 * files' hash is left out, since it changes with any edit of a rule file's text. A change of this
 * hash is a change of the method: say so in the CHANGELOG and update the constant.
 */
class DecisionsFingerprintTest {

  static final String EXPECTED = "c0ec8946bbd2559ca90db6193aaa759a5ea6c862af50722dd58fe1526d0e6cd3";

  @Test
  void decisionsAreUnchanged() throws Exception {
    assertEquals(EXPECTED, fingerprint());
  }

  static String fingerprint() throws Exception {
    LabelJson json = LabelJson.standard();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (int year : List.of(2020, 2021, 2022)) {
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
