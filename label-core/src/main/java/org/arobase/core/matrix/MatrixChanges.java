package org.arobase.core.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.arobase.core.internal.TsvReader;

/**
 * The services added, removed or renamed between two versions of the matrix.
 *
 * @param from the older version
 * @param to the newer version
 * @param changes the differences, in code order
 */
public record MatrixChanges(String from, String to, List<MatrixChange> changes) {

  private static final List<String> HEADER = List.of("change", "code", "before", "after", "note");

  /** Copies the list. */
  public MatrixChanges {
    changes = List.copyOf(changes);
  }

  /**
   * Computes the differences between two matrices.
   *
   * @param older the older version
   * @param newer the newer version
   * @return the services added, removed and renamed, in code order
   */
  public static MatrixChanges between(ServiceMatrix older, ServiceMatrix newer) {
    List<MatrixChange> changes = new ArrayList<>();
    for (Service s : older.services()) {
      newer.findService(s.code()).ifPresentOrElse(
          n -> {
            if (!n.label().equals(s.label())) {
              changes.add(new MatrixChange(MatrixChange.Kind.RENAMED, s.code(), s.label(), n.label()));
            }
          },
          () -> changes.add(new MatrixChange(MatrixChange.Kind.REMOVED, s.code(), s.label(), "")));
    }
    for (Service n : newer.services()) {
      if (older.findService(n.code()).isEmpty()) {
        changes.add(new MatrixChange(MatrixChange.Kind.ADDED, n.code(), "", n.label()));
      }
    }
    changes.sort(java.util.Comparator.comparing(MatrixChange::code));
    return new MatrixChanges(older.version(), newer.version(), changes);
  }

  /**
   * The differences shipped as data with the bundled matrices.
   *
   * @param from the older bundled version (e.g. {@code 2020})
   * @param to the newer bundled version (e.g. {@code 2021})
   * @return the published list of differences
   * @throws IllegalArgumentException when arobase ships no such list
   */
  public static MatrixChanges bundled(String from, String to) {
    String resource = "matrix/changes-" + from + "-" + to + ".tsv";
    try (InputStream in = MatrixChanges.class.getResourceAsStream("/org/arobase/data/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled changes from " + from + " to " + to);
      }
      return read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a changes file (docs/MATRIX.md).
   *
   * @param source the name used in error messages
   * @param reader the text
   * @return the changes, in code order
   * @throws MatrixFormatException when the text is not a valid changes file
   */
  public static MatrixChanges read(String source, Reader reader) {
    TsvReader tsv = TsvReader.read(source, reader, HEADER, MatrixFormatException::new);
    List<MatrixChange> changes = new ArrayList<>();
    for (TsvReader.Row row : tsv.rows) {
      MatrixChange.Kind kind;
      try {
        kind = MatrixChange.Kind.valueOf(row.get(0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw tsv.error(row.line(), "change must be 'added', 'removed' or 'renamed', not '" + row.get(0) + "'");
      }
      changes.add(new MatrixChange(kind, row.get(1), row.get(2), row.get(3)));
    }
    changes.sort(java.util.Comparator.comparing(MatrixChange::code));
    return new MatrixChanges(tsv.directive("from"), tsv.directive("to"), changes);
  }
}
