package org.arobase.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.arobase.core.validation.DossierValidator;
import org.arobase.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Huge and hostile inputs, generated on the fly: each gives one clear error, never an OutOfMemoryError. */
class LimitsTest {

  private static final LabelJson JSON = LabelJson.standard();
  private static final DossierValidator VALIDATOR = DossierValidator.standard();
  private static final long MB = 1024 * 1024;

  /** {@code prefix}, then {@code body} repeated until {@code total} bytes, then {@code suffix}; never held in memory. */
  static final class Generated extends InputStream {
    private final byte[] prefix;
    private final byte[] body;
    private final byte[] suffix;
    private final long total;
    private long position;

    Generated(String prefix, String body, long bodyBytes, String suffix) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.body = body.getBytes(StandardCharsets.UTF_8);
      this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
      this.total = this.prefix.length + bodyBytes + this.suffix.length;
    }

    long served() {
      return position;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      long bodyEnd = total - suffix.length;
      for (int i = 0; i < n; i++, position++) {
        b[off + i] = position < prefix.length ? prefix[(int) position]
            : position < bodyEnd ? body[(int) ((position - prefix.length) % body.length)]
            : suffix[(int) (position - bodyEnd)];
      }
      return n;
    }
  }

  private static Violation only(List<DossierResult> results) {
    assertEquals(1, results.size(), results::toString);
    assertFalse(results.get(0).dossier().isPresent());
    assertEquals(1, results.get(0).violations().size(), results::toString);
    return results.get(0).violations().get(0);
  }

  @Test
  void aFileOf200MegabytesIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(200 * MB); // sparse: nothing is written
    }
    Violation v = only(JSON.readDossiers(huge, VALIDATOR));
    assertEquals(JsonCodes.JSON_LIMIT_DOCUMENT_SIZE, v.code());
    assertTrue(v.message().contains("209\u00a0715\u00a0200 octets"), v.message());
  }

  @Test
  void aStreamOf200MegabytesStopsAtTheLimit() {
    Generated in = new Generated("[", " ", 200 * MB, "]");
    Violation v = only(JSON.withLimits(JsonLimits.defaults().withMaxDocumentBytes(4 * MB))
        .readDossiers("-", in, VALIDATOR));
    assertEquals(JsonCodes.JSON_LIMIT_DOCUMENT_SIZE, v.code());
    assertTrue(in.served() < 5 * MB, () -> "read " + in.served());
    Generated atDefault = new Generated("[", " ", 200 * MB, "]");
    assertEquals(JsonCodes.JSON_LIMIT_DOCUMENT_SIZE, only(JSON.readDossiers("-", atDefault, VALIDATOR)).code());
    assertTrue(atDefault.served() <= JsonLimits.DEFAULT_MAX_DOCUMENT_BYTES + MB, () -> "read " + atDefault.served());
  }

  @Test
  void aTextLongerThanTheLimitIsRefused() {
    String text = "[" + " ".repeat(2_000) + "]";
    Violation v = only(JSON.withLimits(JsonLimits.defaults().withMaxDocumentBytes(1_000)).readDossiers("t", text, VALIDATOR));
    assertEquals(JsonCodes.JSON_LIMIT_DOCUMENT_SIZE, v.code());
  }

  @Test
  void a100000DeepNestingIsRefusedWithoutStackOverflow() {
    int depth = 100_000;
    List<DossierResult> results = JSON.readDossiers("-", new Generated("", "[", depth, "]".repeat(depth)), VALIDATOR);
    assertEquals(1, results.size());
    List<Violation> all = results.get(0).violations();
    // The first element is not a dossier, then the nesting stops the reading.
    assertEquals(List.of(JsonCodes.JSON_WRONG_TYPE, JsonCodes.JSON_LIMIT_DEPTH), all.stream().map(Violation::code).toList());
    Violation v = all.get(1);
    assertTrue(v.message().contains("(ligne 1, colonne"), v.message());
    // The same inside a dossier's unknown field, and inside an object nesting.
    List<Violation> inObject = JSON.readDossiers("-", new Generated("{\"x\": ", "{\"a\":", 5L * depth, ""), VALIDATOR)
        .get(0).violations();
    assertEquals(List.of(JsonCodes.JSON_UNKNOWN_FIELD, JsonCodes.JSON_LIMIT_DEPTH),
        inObject.stream().map(Violation::code).toList());
    assertEquals("/x", inObject.get(1).pointer());
    Violation configured = only(JSON.withLimits(JsonLimits.defaults().withMaxDepth(3))
        .readDossiers("d", "{\"initiatives\": [{\"location\": {\"lat\": 1}}]}", VALIDATOR));
    assertEquals(JsonCodes.JSON_LIMIT_DEPTH, configured.code());
    assertEquals("/initiatives/0/location", configured.pointer());
  }

  @Test
  void aStringOf50MegabytesIsRefused() {
    Generated in = new Generated("{\"edition\": 2022, \"collectivity\": {\"name\": \"", "a", 50 * MB, "\"}}");
    Violation v = only(JSON.readDossiers("-", in, VALIDATOR));
    assertEquals(JsonCodes.JSON_LIMIT_STRING, v.code());
    assertEquals("/collectivity/name", v.pointer());
    assertTrue(in.served() < 3 * MB, () -> "read " + in.served());
    Violation name = only(JSON.withLimits(JsonLimits.defaults().withMaxStringLength(100))
        .readDossiers("d", "{\"" + "k".repeat(500) + "\": 1}", VALIDATOR));
    assertEquals(JsonCodes.JSON_LIMIT_STRING, name.code());
  }

  @Test
  void aNumberOfThousandsOfDigitsIsRefused() {
    Violation v = only(JSON.readDossiers("d", "{\"edition\": " + "9".repeat(5_000) + "}", VALIDATOR));
    assertEquals(JsonCodes.JSON_LIMIT_NUMBER, v.code());
  }

  @Test
  void initiativesBeyondTheLimitAreNotKeptAndOtherProblemsStillShow() {
    String initiative = "{\"id\": \"i\", \"title\": \"t\", \"services\": [\"SP.01\"], \"startedOn\": \"2020-01-01\","
        + " \"operator\": \"COLLECTIVITY\"}";
    String dossier = "{\"edition\": 2022, \"collectivity\": {\"code\": \"19015\", \"name\": \"Ayen\", \"kind\": \"COMMUNE\","
        + " \"population\": 700}, \"initiatives\": [" + String.join(",", java.util.Collections.nCopies(5, initiative))
        + "], \"extra\": 1}";
    List<DossierResult> results = JSON.withLimits(JsonLimits.defaults().withMaxInitiatives(3))
        .readDossiers("d", dossier, VALIDATOR);
    assertEquals(1, results.size());
    assertFalse(results.get(0).dossier().isPresent());
    List<String> found = results.get(0).violations().stream().map(v -> v.pointer() + " " + v.code()).toList();
    assertEquals(List.of("/initiatives/3 JSON_LIMIT_INITIATIVES", "/extra JSON_UNKNOWN_FIELD"), found);
    // At the default limit the same dossier reads (the validator then finds the duplicate ids).
    assertTrue(JSON.readDossiers("d", dossier.replace(", \"extra\": 1", ""), VALIDATOR).get(0).dossier().isPresent());
  }

  @Test
  void dossiersBeyondTheLimitMakeTheFileOneError() {
    String text = "[" + StrictReadingTest.VALID + "," + StrictReadingTest.VALID + "," + StrictReadingTest.VALID + "]";
    LabelJson two = JSON.withLimits(JsonLimits.defaults().withMaxDossiers(2));
    Violation v = only(two.readDossiers("three.json", text, VALIDATOR));
    assertEquals(JsonCodes.JSON_LIMIT_DOSSIERS, v.code());
    assertEquals("/2", v.pointer());
    assertEquals(3, JSON.readDossiers("three.json", text, VALIDATOR).size());
  }

  @Test
  void streamingReadsOneDossierAtATime() {
    String one = JSON.compact().write(org.arobase.testing.DossierGenerator.forEdition(2022).dossier(3)) + ",";
    // An array of about 10 GB that is never written anywhere: the first dossiers come at once.
    Generated in = new Generated("[", one, 10_000 * MB, "]");
    LabelJson unlimited = JSON.withLimits(JsonLimits.defaults().withMaxDocumentBytes(Long.MAX_VALUE));
    List<DossierResult> first;
    try (var results = unlimited.streamDossiers("-", in, VALIDATOR)) {
      first = results.limit(100).toList();
    }
    assertEquals(100, first.size());
    assertEquals("-#99", first.get(99).source());
    assertTrue(first.stream().allMatch(DossierResult::isValid), () -> first.get(0).toString());
    assertTrue(in.served() < 200L * one.length() + 64 * 1024, () -> "read " + in.served());
  }

  @Test
  void anInputThatFailsWhileReadingIsOneResult() {
    InputStream failing = new InputStream() {
      private int left = 30;

      @Override
      public int read() throws java.io.IOException {
        if (left-- > 0) {
          return left == 29 ? '[' : ' ';
        }
        throw new java.io.IOException("disk unplugged");
      }
    };
    Violation v = only(JSON.readDossiers("-", failing, VALIDATOR));
    assertEquals(JsonCodes.JSON_READ_FAILED, v.code());
    assertTrue(v.message().contains("disk unplugged"), v.message());
  }

  @Test
  void byteOrderMarksAndUtf16AreRead() {
    byte[] utf8 = StrictReadingTest.VALID.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    assertTrue(JSON.readDossiers("bom", new java.io.ByteArrayInputStream(withBom), VALIDATOR).get(0).isValid());
    byte[] utf16 = StrictReadingTest.VALID.getBytes(StandardCharsets.UTF_16);
    assertTrue(JSON.readDossiers("utf16", new java.io.ByteArrayInputStream(utf16), VALIDATOR).get(0).isValid());
  }

  @Test
  void problemsBeyondAThousandAreCountedNotKept() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 5_000; i++) {
      json.append("\"u").append(i).append("\": 1,");
    }
    json.append("\"edition\": 2022}");
    List<Violation> all = JSON.readDossiers("d", json.toString(), VALIDATOR).get(0).violations();
    assertEquals(Cursor.MAX_PROBLEMS + 1, all.size());
    assertEquals(JsonCodes.JSON_UNKNOWN_FIELD, all.get(999).code());
    Violation last = all.get(Cursor.MAX_PROBLEMS);
    assertEquals(JsonCodes.JSON_LIMIT_PROBLEMS, last.code());
    // 5,000 unknown fields and 2 missing ones, of which 1,000 are listed.
    assertTrue(last.message().startsWith("4\u00a0002 autres problèmes ne sont pas listés"), last.message());
  }

  @Test
  void limitsArePositive() {
    assertThrows(IllegalArgumentException.class, () -> JsonLimits.defaults().withMaxDepth(0));
    assertThrows(IllegalArgumentException.class, () -> JsonLimits.defaults().withMaxDocumentBytes(-1));
    assertThrows(IllegalArgumentException.class, () -> JsonLimits.defaults().withMaxStringLength(0));
    assertThrows(IllegalArgumentException.class, () -> JsonLimits.defaults().withMaxInitiatives(0));
    assertThrows(IllegalArgumentException.class, () -> JsonLimits.defaults().withMaxDossiers(0));
    assertEquals(7, JsonLimits.defaults().withMaxDossiers(7).maxDossiers());
    assertEquals(JsonLimits.defaults(), JSON.limits());
  }
}
