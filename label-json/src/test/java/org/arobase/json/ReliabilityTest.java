package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.arobase.core.Category;
import org.arobase.core.Dossier;
import org.arobase.core.ImmutableDossier;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.ImmutableDecision;
import org.arobase.core.decision.RatedCollectivity;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixes of the reliability issue: CSV injection, invalid Unicode, dates, FIFOs, the cap of problems per file. */
class ReliabilityTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final DossierValidator VALIDATOR = DossierValidator.standard();

  // ------------------------------------------------------------------ CSV injection

  @Test
  void cellsThatASpreadsheetWouldRunAreDefused() {
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvCells.cell("=HYPERLINK(\"http://x\")"));
    assertEquals("\"'+1+cmd|' /C calc'!A0\"", CsvCells.cell("+1+cmd|' /C calc'!A0"));
    assertEquals("\"'-2+3\"", CsvCells.cell("-2+3"));
    assertEquals("\"'@SUM(A1:A2)\"", CsvCells.cell("@SUM(A1:A2)"));
    assertEquals("\"'\t=1\"", CsvCells.cell("\t=1"));
    assertEquals("\"'\r=1\"", CsvCells.cell("\r=1"));
    assertEquals("\"'=1,2\"", LabelJson.csvCell("=1,2"));
    // Numbers stay numbers, negative ones too; other texts are as before.
    assertEquals("-3", CsvCells.cell("-3"));
    assertEquals("-0.25", CsvCells.cell("-0.25"));
    assertEquals("0.21", CsvCells.cell("0.21"));
    assertEquals("12", CsvCells.cell("12"));
    assertEquals("", CsvCells.cell(""));
    assertEquals("Ayen", CsvCells.cell("Ayen"));
    assertEquals("a=b", CsvCells.cell("a=b"));
    assertEquals("\"a,b\"", CsvCells.cell("a,b"));
    assertEquals("a,\"'=b\",3\r\n", CsvCells.row(List.of("a", "=b", "3")));
  }

  @Test
  void theCsvOfRatingsDefusesNamesAndSourcesButNotNumbers() {
    Decision evil = ImmutableDecision.copyOf(Decisions.decision(7))
        .withCollectivity(new RatedCollectivity("@19015", "=cmd|' /C calc'!A0", Category.VILLAGE))
        .withEdition(-5);
    StringWriter out = new StringWriter();
    JSON.writeCsv(List.of(RatingResult.rated("-evil.json", evil)), out);
    String row = out.toString().split("\r\n")[1];
    assertTrue(row.startsWith("\"'-evil.json\",\"'@19015\",\"'=cmd|' /C calc'!A0\",VILLAGE,-5,"), row);
    for (String cell : row.split(",")) {
      assertFalse(cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@"), row);
    }
  }

  // ------------------------------------------------------------------ invalid Unicode

  private static byte[] withName(byte[] name) {
    String valid = StrictReadingTest.VALID;
    int at = valid.indexOf("\"Ayen\"") + 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(valid.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(name);
    out.writeBytes(valid.substring(at + 4).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static List<DossierResult> read(byte[] bytes) {
    return JSON.readDossiers("in", new ByteArrayInputStream(bytes), VALIDATOR);
  }

  @Test
  void overlongAndSurrogateBytesAreRefusedWhereTheyAre() {
    for (byte[] bad : List.of(new byte[] {'A', (byte) 0xC0, (byte) 0xBC}, new byte[] {'A', (byte) 0xC0, (byte) 0xA2},
        new byte[] {'A', (byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {'A', (byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {'A', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
      List<DossierResult> results = read(withName(bad));
      assertEquals(1, results.size(), results::toString);
      assertTrue(results.get(0).dossier().isEmpty());
      Violation v = results.get(0).violations().get(0);
      assertEquals(JsonCodes.JSON_SYNTAX, v.code(), v::toString);
      assertTrue(v.message().contains("UTF-8 invalide"), v::toString);
      assertTrue(v.message().contains("(ligne "), v::toString);
      assertEquals("/collectivity/name", v.pointer(), v::toString);
    }
    // Bad bytes among the first four, read to detect the encoding.
    assertEquals(JsonCodes.JSON_SYNTAX, read(new byte[] {(byte) 0xC0, (byte) 0xBC}).get(0).violations().get(0).code());
  }

  @Test
  void unpairedSurrogatesAreRefusedAndNeverReachAMessage() {
    for (String escape : List.of("\\uD800", "x\\uDC00", "\\uDE00\\uD83D")) {
      byte[] bytes = withName(escape.getBytes(StandardCharsets.US_ASCII));
      DossierResult r = read(bytes).get(0);
      assertTrue(r.dossier().isEmpty());
      Violation v = r.violations().get(0);
      assertEquals(JsonCodes.JSON_INVALID_UNICODE, v.code(), v::toString);
      assertEquals("/collectivity/name", v.pointer());
      assertEquals(-1, Cursor.unpairedSurrogate(v.message()), v::toString);
      LabelJsonException e = assertThrows(LabelJsonException.class,
          () -> JSON.readDossier(new String(bytes, StandardCharsets.UTF_8)));
      assertEquals(JsonCodes.JSON_INVALID_UNICODE, e.violations().get(0).code());
    }
    // A pair is a character, escaped or not; UTF-16 with its mark still reads.
    assertTrue(read(withName("\\uD83C\\uDF33".getBytes(StandardCharsets.US_ASCII))).get(0).dossier().isPresent());
    assertTrue(read(withName("🌳".getBytes(StandardCharsets.UTF_8))).get(0).isValid());
    assertTrue(read(StrictReadingTest.VALID.getBytes(StandardCharsets.UTF_16)).get(0).isValid());
    // Jackson refuses a field name with a lone surrogate itself, and the message is told without it.
    DossierResult r = read(StrictReadingTest.VALID.replaceFirst("\\{", "{\"\\\\uD800\": 1, ").getBytes(StandardCharsets.UTF_8)).get(0);
    assertEquals(JsonCodes.JSON_SYNTAX, r.violations().get(0).code(), r::toString);
    assertEquals(-1, Cursor.unpairedSurrogate(r.violations().get(0).message()));
  }

  // ------------------------------------------------------------------ dates the format cannot hold

  @Test
  void datesBeyondFourDigitYearsAreRefusedByTheReaderAndTheWriter() {
    for (String date : List.of("+99999-01-01", "+10000-01-01", "-0001-01-01", "٢٠٢١-١٠-٠١")) {
      LabelJsonException e = assertThrows(LabelJsonException.class,
          () -> JSON.readDossier(StrictReadingTest.VALID.replaceFirst("\"\\d{4}-\\d{2}-\\d{2}\"", "\"" + date + "\"")));
      assertEquals(JsonCodes.JSON_DATE_FORMAT, e.violations().get(0).code(), date);
    }
    Dossier dossier = JSON.readDossier(StrictReadingTest.VALID);
    Dossier far = ImmutableDossier.copyOf(dossier).withSubmittedOn(LocalDate.of(10_000, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> JSON.write(far));
    Dossier last = ImmutableDossier.copyOf(dossier).withSubmittedOn(LocalDate.of(9999, 12, 31));
    assertEquals(last, JSON.readDossier(JSON.write(last)));
  }

  @Test
  void integersWrittenWithAFractionOrAnExponentAreIntegers() {
    Dossier dossier = JSON.readDossier(StrictReadingTest.VALID);
    for (String edition : List.of("2022.0", "2.022e3", "2.022E+3", "20220e-1")) {
      assertEquals(dossier, JSON.readDossier(StrictReadingTest.VALID.replace("\"edition\": 2022", "\"edition\": " + edition)));
    }
    for (String edition : List.of("2022.5", "1e10", "1e999999999", "-2147483649.0")) {
      LabelJsonException e = assertThrows(LabelJsonException.class,
          () -> JSON.readDossier(StrictReadingTest.VALID.replace("\"edition\": 2022", "\"edition\": " + edition)));
      assertEquals(edition.equals("2022.5") ? JsonCodes.JSON_WRONG_TYPE : JsonCodes.JSON_NUMBER_OUT_OF_RANGE,
          e.violations().get(0).code(), edition);
    }
  }

  // ------------------------------------------------------------------ FIFO

  @Test
  void aNamedPipeIsRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.json");
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
      assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo: " + e.getMessage());
    }
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (List<DossierResult> results : List.of(JSON.readDossiers(fifo), JSON.readDossiers(fifo, VALIDATOR))) {
        assertEquals(1, results.size());
        Violation v = results.get(0).violations().get(0);
        assertEquals(JsonCodes.JSON_READ_FAILED, v.code());
        assertTrue(v.message().contains("ce n'est pas un fichier ordinaire"), v::toString);
      }
      try (Stream<DossierResult> stream = JSON.streamDossiers(fifo)) {
        assertEquals(JsonCodes.JSON_READ_FAILED, stream.toList().get(0).violations().get(0).code());
      }
    });
    Violation dirV = JSON.readDossiers(dir).get(0).violations().get(0);
    assertTrue(dirV.message().contains("ce n'est pas un fichier ordinaire"), dirV::toString);
    assertTrue(JSON.readDossiers(dir.resolve("missing.json")).get(0).violations().get(0).message()
        .contains("fichier introuvable"));
  }

  // ------------------------------------------------------------------ problems per file

  private static String badDossiers(int n) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : ",").append("{\"edition\": \"x\"}");
    }
    return text.append("]").toString();
  }

  @Test
  void theProblemsOfOneFileAreCapped(@TempDir Path dir) throws IOException {
    // 30,000 dossiers of 3 problems each: 90,000 problems, of which 10,000 (and one dossier's) are kept.
    Path file = dir.resolve("bad.json");
    Files.writeString(file, badDossiers(30_000));
    for (List<DossierResult> results : List.of(JSON.readDossiers(file), JSON.readDossiers(file, VALIDATOR),
        JSON.readDossiers("s", badDossiers(30_000), VALIDATOR))) {
      long kept = results.stream().mapToLong(r -> r.violations().size()).sum();
      assertTrue(kept <= JsonLimits.DEFAULT_MAX_PROBLEMS_PER_FILE + Cursor.MAX_PROBLEMS + 1, "kept " + kept);
      assertTrue(kept > JsonLimits.DEFAULT_MAX_PROBLEMS_PER_FILE, "kept " + kept);
      DossierResult last = results.get(results.size() - 1);
      assertEquals(List.of(JsonCodes.JSON_LIMIT_PROBLEMS), last.violations().stream().map(Violation::code).toList());
      assertTrue(last.violations().get(0).message().contains("n'est pas lue"), last::toString);
      assertTrue(results.size() < 4_000, "results " + results.size());
    }
    // A lower cap, streamed.
    LabelJson low = JSON.withLimits(JsonLimits.defaults().withMaxProblemsPerFile(7));
    try (Stream<DossierResult> stream = low.streamDossiers(file)) {
      List<DossierResult> results = stream.toList();
      assertEquals(4, results.size(), results::toString);
      assertEquals(JsonCodes.JSON_LIMIT_PROBLEMS, results.get(3).violations().get(0).code());
    }
    // Under the cap, nothing changes.
    assertEquals(100, JSON.readDossiers("s", badDossiers(100), VALIDATOR).size());
    assertThrows(IllegalArgumentException.class, () -> JsonLimits.defaults().withMaxProblemsPerFile(0));
  }
}
