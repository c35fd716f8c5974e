package org.arobase.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.arobase.core.Dossier;
import org.arobase.core.decision.Decision;
import org.arobase.json.LabelJson;
import org.arobase.rules.LabelEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The decision JSON of every sample gives the values compared as numbers (fractions from 0 to 1,
 * counts as integers) in its measures, the same in French and in English, and its French words
 * hold no ISO date and no English outcome.
 */
class DecisionNumbersTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final ObjectMapper TREE = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> everySampleDecisionHasItsNumbers() throws Exception {
    List<Path> samples;
    try (Stream<Path> files = Files.walk(Path.of("dossiers"))) {
      samples = files.filter(p -> p.toString().endsWith(".json") && !p.startsWith(Path.of("dossiers", "invalid")))
          .sorted().toList();
    }
    return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.toString(), () -> {
      Dossier dossier = JSON.readDossier(Files.readString(sample));
      JsonNode fr = TREE.readTree(JSON.write(decide(dossier, Locale.FRENCH)));
      JsonNode en = TREE.readTree(JSON.write(decide(dossier, Locale.ENGLISH)));
      int numbers = 0;
      for (int i = 0; i < fr.get("reasons").size(); i++) {
        JsonNode reason = fr.get("reasons").get(i);
        JsonNode measures = reason.get("measures");
        assertTrue(measures != null && measures.size() > 0, "measures of " + reason);
        assertEquals(measures, en.get("reasons").get(i).get("measures"), "the same measures in English");
        for (JsonNode m : measures) {
          JsonNode actual = m.get("actual");
          switch (m.get("unit").asText()) {
            case "FRACTION" -> {
              assertTrue(actual.isDouble() && actual.asDouble() >= 0 && actual.asDouble() <= 1, m.toString());
              assertTrue(m.get("expected").isNumber(), m.toString());
              numbers++;
            }
            case "COUNT" -> {
              assertTrue(actual.isIntegralNumber() && m.get("expected").isIntegralNumber(), m.toString());
              numbers++;
            }
            default -> { }
          }
        }
        String words = reason.get("message").asText() + " " + reason.path("actual").asText() + " "
            + reason.path("expected").asText();
        assertFalse(words.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "an ISO date in " + words);
        assertFalse(words.matches("(?s).*\\b(MET|MISSED|NOT_APPLICABLE)\\b.*"), words);
      }
      assertTrue(numbers >= 3, "numbers of " + sample);
    }));
  }

  private static Decision decide(Dossier dossier, Locale locale) {
    return LabelEngine.builder().edition(dossier.edition()).locale(locale).build().evaluate(dossier);
  }
}
