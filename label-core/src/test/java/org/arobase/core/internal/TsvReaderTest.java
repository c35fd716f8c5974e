package org.arobase.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvReaderTest {

  private static final List<String> HEADER = List.of("code", "name");

  /** An exception of the caller's own, as the matrix has MatrixFormatException. */
  static final class Problem extends RuntimeException {
    final String source;
    final int line;
    final String reason;

    Problem(String source, int line, String reason) {
      super(TsvReader.describe(source, line, reason));
      this.source = source;
      this.line = line;
      this.reason = reason;
    }
  }

  @Test
  void readsDirectivesAndRows() {
    String text = "\uFEFF# comment\n@version\t 2026 \n\ncode\tname\r\n75\t Nouvelle-Aquitaine \n99\t-\n";
    TsvReader tsv = TsvReader.read("regions.tsv", new StringReader(text), HEADER, Problem::new);
    assertEquals("2026", tsv.directive("version"));
    assertEquals(2026, tsv.intDirective("version"));
    assertEquals(List.of(new TsvReader.Row(5, List.of("75", "Nouvelle-Aquitaine")), new TsvReader.Row(6, List.of("99", "-"))),
        tsv.rows);
    assertEquals("", tsv.rows.get(1).get(1));
    TsvReader bytes = TsvReader.read("regions.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        HEADER, Problem::new);
    assertEquals(tsv.rows, bytes.rows);
  }

  @Test
  void problemsBecomeTheCallersExceptions() {
    Problem p = assertThrows(Problem.class,
        () -> TsvReader.read("a.tsv", new StringReader("code\tname\n1\n"), HEADER, Problem::new));
    assertEquals("a.tsv", p.source);
    assertEquals(2, p.line);
    assertEquals("expected 2 TAB-separated columns, found 1", p.reason);
    assertEquals("a.tsv:2: expected 2 TAB-separated columns, found 1", p.getMessage());

    TsvReader tsv = TsvReader.read("a.tsv", new StringReader("code\tname\n"), HEADER, Problem::new);
    Problem missing = assertThrows(Problem.class, () -> tsv.directive("version"));
    assertEquals("a.tsv: missing directive @version", missing.getMessage());
    assertSame(Problem.class, tsv.error(3, "x").getClass());
  }

  @Test
  void illegalArgumentsSayTheSourceAndTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TsvReader.read("b.tsv", new StringReader("name\tcode\n"), HEADER, TsvReader.ILLEGAL_ARGUMENT));
    assertEquals("b.tsv:1: expected the header 'code<TAB>name'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> TsvReader.read("b.tsv", new StringReader("# nothing\n"), HEADER, TsvReader.ILLEGAL_ARGUMENT));
    assertEquals("b.tsv: no header line 'code<TAB>name'", e.getMessage());
  }
}
