package org.arobase.cli.jury;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.arobase.core.jury.PlannedDossier;
import org.arobase.cli.Arobase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JuryCliTest {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @Test
  void planPrintsThePlanAndExitsZero() throws Exception {
    int code = JuryCli.plan(JuryRenderingTest.JURORS, JuryRenderingTest.dossiers(), 0, JuryCli.Format.json,
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(Arobase.OK, code, err.toString());
    assertTrue(out.toString().startsWith("{\n  \"binomes\" : ["), out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void noPlanExitsOneWithTheReason(@TempDir Path dir) throws Exception {
    PlannedDossier everywhere = new PlannedDossier("x.json", "93051", "Noisy-le-Grand", Optional.of("93"),
        Optional.of("Île-de-France"), 38);
    // Two of the three jurors may not study Noisy-le-Grand: no binôme may.
    Path jurors = dir.resolve("jurors.json");
    Files.writeString(jurors, """
        [{"id": "a", "name": "A", "conflicts": {"regions": ["Île-de-France"]}},
         {"id": "b", "name": "B", "conflicts": {"departements": ["93"]}},
         {"id": "c", "name": "C"}]
        """);
    int code = JuryCli.plan(jurors, List.of(everywhere), 0, JuryCli.Format.text, new PrintWriter(out),
        new PrintWriter(err));
    assertEquals(Arobase.INVALID, code);
    assertEquals("arobase: no jury plan: dossier 93051 Noisy-le-Grand: every binôme has a juror in conflict "
        + "(région Île-de-France: a; département 93: b); only c is free of conflict [JURY_DOSSIER_UNCOVERABLE]\n",
        err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void invalidOrMissingJurorsFiles(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("jurors.json");
    Files.writeString(bad, "[{\"id\": \"a\", \"nam\": \"A\"}]");
    assertEquals(Arobase.INVALID, JuryCli.plan(bad, List.of(), 0, JuryCli.Format.text, new PrintWriter(out),
        new PrintWriter(err)));
    assertTrue(err.toString().startsWith(bad + " /0/nam: JSON_UNKNOWN_FIELD champ «\u00a0nam\u00a0» inconnu dans un juré\u00a0;"
        + " vouliez-vous dire «\u00a0name\u00a0»\u00a0?"),
        err.toString());
    assertEquals(Arobase.USAGE, JuryCli.plan(dir.resolve("none.json"), List.of(), 0, JuryCli.Format.text,
        new PrintWriter(out), new PrintWriter(err)));
  }

  @Test
  void reportExitsOneWhenARecordIsInvalidButReportsTheOthers() throws Exception {
    JuryRecordsReader reader = new JuryRecordsReader();
    try (InputStream in = Files.newInputStream(JuryRenderingTest.RECORDS)) {
      reader.add("records-2022.json", in);
    }
    reader.add("-", new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8)));
    int code = JuryCli.report(reader.result(), JuryCli.Format.text, new PrintWriter(out), new PrintWriter(err));
    assertEquals(Arobase.INVALID, code);
    assertEquals("- /0: JSON_WRONG_TYPE attendu\u00a0: un objet (un relevé de jury)\u00a0; trouvé\u00a0: le nombre 1"
        + " (ligne 1, colonne 2)\n", err.toString());
    assertTrue(out.toString().startsWith("Écarts du jury par rapport au moteur — 5 dossiers comparés"), out.toString());
  }
}
