package org.arobase.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
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
  // Every millésime changed with the wording of the reasons (plurals, dates in words, non-breaking
  // spaces) and their measures, and nothing else: the hashes without the wording below did not
  // change. Before, every millésime changed with the outcome NOT_APPLICABLE of the obligations that
  // do not apply (MET before), 2021 with its mentions (see the CHANGELOG).
  @CsvSource({
    "2020, 92a04dc7457c2768490291d66e0f3ad445b8d0a1e45802dd7095580e6dd6ef16",
    "2021, ebac6d09cb32fac43321a1906875b3566c4c102d936f6359390edaf69cc24d64",
    "2022, 96273456dafb668492666d47f1083401c3e6dfc763e634e24a06d9617cc531d6",
    "2023, 53b84384bf9e7d22be58d9e99eb577f102e66915eed1e85f3e354cc40865baf2",
    "2024, 57a85bc2bad1f067c1e93411f5856b0b0402dd30ddc3ac2d263e228a4c63f9ca",
    "2025, 94501a94cd525801d42011f87faf36b0130a8cac4d17c39b4725b472e1229bb6",
    "2026, ac62cde982f3c3400f276d42e8e3951c8854a1d2cb30746c98e634478547ea26",
    "2027, 4dd3866e59307c63c7d8fff87d217df2c1332ef5b2d4eae4cf0e1d5f9783b743"})
  void theDecisionsOfEachMillesimeAreUnchanged(int year, String expected) throws Exception {
    assertEquals(expected, fingerprint(List.of(year)), "the decisions of " + year);
  }

  /**
   * Pins what the decisions decide, apart from their wording: the same decisions written as JSON
   * without the texts of the reasons and of the ignored initiatives (their message, and the wording
   * and the measures of the compared values). A change of wording only (a plural, a date in words, a
   * language) leaves these hashes as they are.
   */
  @ParameterizedTest
  @CsvSource({
    "2020, e760e0f0b256ba6e47b95b620c56e0e3732588c167f95f1f708412d15b004435",
    "2021, fc0398fcb069d89a29b8d570e2406b22159d76536d9e6711c0e9b1de1cbb2050",
    "2022, ab8e885673fdb205acb7825665cc4fedbdf233b24d3fbb9e91924a799d86c282",
    "2023, 2a8ee32dc87632b8cd35ac34f77cd961d795e4e31a639be7d2d207b9d15b9a48",
    "2024, e02e7fdc963ae853ac0edbdb79381d1d41f2ccb6301338ec6e29a871e1ac1923",
    "2025, 54b2b58816982e2956ee7211ca92f3421212d4104b7d4c03fb630cf3f7607b10",
    "2026, 28347c245210c2129d5f4993865ca2299e7dc04e1918a32e32adb8084c46dfa9",
    "2027, aae0d89e9ca6564ac8dc603fb0dad59cd11f41a41f48591d72f6272885fb24e8"})
  void whatTheDecisionsOfEachMillesimeDecideIsUnchanged(int year, String expected) throws Exception {
    assertEquals(expected, fingerprint(List.of(year), DecisionsFingerprintTest::withoutWording), "the decisions of " + year);
  }

  private static final ObjectMapper TREE = new ObjectMapper();

  static String withoutWording(String decision) {
    try {
      JsonNode root = TREE.readTree(decision);
      List<JsonNode> reasons = new ArrayList<>();
      root.path("reasons").forEach(reasons::add);
      root.path("next").path("missing").forEach(reasons::add);
      for (JsonNode r : reasons) {
        ((ObjectNode) r).remove(List.of("actual", "expected", "message", "measures"));
      }
      root.path("initiatives").path("ignored").forEach(i -> ((ObjectNode) i).remove("message"));
      return TREE.writeValueAsString(root);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String fingerprint(List<Integer> years) throws Exception {
    return fingerprint(years, UnaryOperator.identity());
  }

  static String fingerprint(List<Integer> years, UnaryOperator<String> projection) throws Exception {
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
            digest.update(projection.apply(json.write(stripped)).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
          }
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
