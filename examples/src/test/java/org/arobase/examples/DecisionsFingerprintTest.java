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
  // Every millésime changed with the outcome NOT_APPLICABLE of the obligations that do not apply
  // (MET before); with NOT_APPLICABLE read as MET, the hashes are those of the previous version,
  // in which 2020 and 2022 were those of the first version and 2021 changed with its mentions
  // (see the CHANGELOG).
  @CsvSource({
    "2020, 33580450cdbe1535fe7714bb66075ca25c36beb7e927c5f117453dc7186c9b39",
    "2021, 06d3b4d5bb61a3458cab3a23ebcd0781b52fd6d8727f3da9768a3d5e37aeea49",
    "2022, f755d613a9afdc26255ec5c854a21dafd44e1624148ef20019e600787ef05356",
    "2023, 1704536774c40b2bbb3aa9c70fa941d7d6d3dc649585e68008bcc0ed3b305a50",
    "2024, 45459e0cda3e4da62ad8517c19598d455cbf7f23fab68dec84a01874a99fc6d6",
    "2025, 2d56c785e4ed9fa60683873586cd62e2b5532f3c82f4634526220e197a0e626a",
    "2026, 9140a08cdb4621b92e13ca0cd973dd3b8c2d2e706ebf0e6d525769d59d732456",
    "2027, edb5e339d36b786bdd72cae45abe11a11a008cf59b8e2befe1342e5669669426"})
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
