package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Severity;
import org.arobase.core.validation.Violation;
import org.arobase.testing.DossierGenerator;
import org.arobase.testing.DossierProperty;
import org.junit.jupiter.api.Test;

/** Damaged dossiers, made by seeded edits of valid ones: reading never throws and never invents a dossier. */
class FuzzTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final String[] PIECES = {
    "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-0", "1e999", "\"x\":", "\\u00", "\uFFFF", "\u0000",
    "\"initiatives\": []", "\"edition\": 2022,", "//", "/*", "NaN", "0x10", "2022-02-30", "\"\"", " "
  };

  @Test
  void damagedDossiersGiveResultsNeverExceptions() {
    DossierGenerator generator = DossierGenerator.forEdition(2022).initiatives(1, 6);
    DossierProperty.forAllSeeds("reading a damaged dossier", 3_000, 99L, seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String text = damage(JSON.write(generator.dossier(seed)), random);
      List<DossierResult> results = JSON.readDossiers("f.json", text, DossierValidator.standard());
      assertFalse(results.isEmpty());
      for (DossierResult r : results) {
        for (Violation v : r.violations()) {
          assertTrue(v.pointer().isEmpty() || v.pointer().startsWith("/"), v::toString);
          assertFalse(v.message().isBlank(), v::toString);
        }
        if (r.dossier().isPresent()) {
          // Whatever was read survives a round trip.
          assertEquals(r.dossier().get(), JSON.readDossier(JSON.write(r.dossier().get())));
        } else {
          assertTrue(r.violations().stream().anyMatch(v -> v.severity() == Severity.ERROR), r::toString);
        }
      }
    });
  }

  private static String damage(String text, SplittableRandom random) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && sb.length() > 0; i++) {
      int at = random.nextInt(sb.length());
      switch (random.nextInt(4)) {
        case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(20)));
        case 1 -> sb.insert(at, PIECES[random.nextInt(PIECES.length)]);
        case 2 -> sb.setLength(at);
        default -> {
          int end = Math.min(sb.length(), at + 1 + random.nextInt(40));
          sb.insert(end, sb.substring(at, end));
        }
      }
    }
    return sb.toString();
  }
}
