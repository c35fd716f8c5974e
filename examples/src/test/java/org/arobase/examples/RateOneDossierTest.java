package org.arobase.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateOneDossierTest {

  @Test
  void ratesAyenAndPrintsItsReasons() {
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      RateOneDossier.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
    // Three services in three enjeux of three axes: 2@ for a village, not 3@ (five enjeux needed).
    assertEquals("Ayen : 2@", lines.get(0));
    assertTrue(lines.contains("MET ELIGIBILITY.arbres : Initiative en cours à la clôture du dépôt du 12\u00a0novembre 2021\u00a0: elle compte."),
        String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("MISSED LEVEL.3.MIN_ENJEUX : ")), String.join("\n", lines));
  }
}
