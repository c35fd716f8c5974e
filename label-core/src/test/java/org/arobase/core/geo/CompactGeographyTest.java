package org.arobase.core.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled geography's compact form is its TSV files, written by {@link CompactGeography}.
 * After the TSV files change, write it again from label-core with
 * {@code mvn -pl label-core test -Dtest=CompactGeographyTest -Dgeography.compact.write=true}
 * (from the repository root, with {@code -am}).
 */
class CompactGeographyTest {

  private static final Path RESOURCE = Path.of("src/main/resources/org/arobase/core/geo", CompactGeography.RESOURCE);

  @Test
  void theBundledCompactFormIsTheTsvFiles() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompactGeography.write(GeographyReader.bundledTsv(), out);
    if (Boolean.getBoolean("geography.compact.write")) {
      Files.write(RESOURCE, out.toByteArray());
    }
    try (InputStream in = Geography.class.getResourceAsStream(CompactGeography.RESOURCE)) {
      assertNotNull(in, CompactGeography.RESOURCE + " is missing");
      assertArrayEquals(out.toByteArray(), in.readAllBytes(), CompactGeography.RESOURCE
          + " is not the TSV files: write it again with -Dgeography.compact.write=true (see this test)");
    }
  }

  @Test
  void theCompactFormReadsAsTheTsvFiles() throws IOException {
    GeographyReader.Data tsv = GeographyReader.bundledTsv();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompactGeography.write(tsv, out);
    GeographyReader.Data compact = CompactGeography.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(tsv, compact);
    // The same maps, built in the same order: the same iteration order of every collectivité.
    assertEquals(tsv.byCode().keySet().stream().toList(), compact.byCode().keySet().stream().toList());
    assertEquals(tsv.order(), compact.order());
  }

  @Test
  void theOfficialGeographyIsReadFromTheCompactForm() {
    assertEquals(GeographyReader.bundledTsv(), GeographyReader.bundled());
  }
}
