package org.arobase.examples.jury;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.arobase.core.Severity;
import org.arobase.core.ValidationReport;
import org.arobase.core.Violation;
import org.arobase.core.jury.JuryRecord;
import org.arobase.core.jury.JuryRecords;
import org.arobase.json.jury.JuryJson;
import org.arobase.json.jury.JuryJsonException;

/**
 * Reads the {@code RECORDS...} of {@code arobase jury report}: each a file holding one record
 * or an array of records, a directory (its {@code *.json} files directly inside, sorted by
 * name), or {@code -} for standard input. Every record is read strictly and validated; the
 * invalid ones are left out of the result and every problem is described with its source.
 */
public final class JuryRecordFiles {

  /**
   * The records read.
   *
   * @param records the valid records, in the order given
   * @param problems one line per problem, errors and warnings, as {@code source pointer: CODE message}
   *     where the source is the path, followed by {@code #N} for the N-th record (0-based) of a
   *     file that holds several
   * @param invalid how many records or files were left out because of an error
   */
  public record Loaded(List<JuryRecord> records, List<String> problems, int invalid) {
    /** Copies the lists. */
    public Loaded {
      records = List.copyOf(records);
      problems = List.copyOf(problems);
    }
  }

  private JuryRecordFiles() {}

  /**
   * @param paths the paths as given on the command line
   * @param stdin standard input, read for the path {@code -}
   * @return the valid records and the problems found
   * @throws NoSuchFileException if a path does not exist (a wrong command line: exit code 2)
   */
  public static Loaded read(List<String> paths, InputStream stdin) throws NoSuchFileException {
    List<String> sources = new ArrayList<>();
    for (String p : paths) {
      if (p.equals("-")) {
        sources.add(p);
        continue;
      }
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        throw new NoSuchFileException(p, null, "no such file or directory");
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
              .map(Path::toString).sorted().forEach(sources::add);
        } catch (IOException e) {
          throw new NoSuchFileException(p, null, "cannot list the directory: " + e.getMessage());
        }
      } else {
        sources.add(p);
      }
    }
    List<JuryRecord> all = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int invalid = 0;
    for (String source : sources) {
      try {
        List<JuryRecord> records = source.equals("-") ? JuryJson.readRecords(stdin)
            : JuryJson.readRecords(Path.of(source));
        for (int i = 0; i < records.size(); i++) {
          all.add(records.get(i));
          origins.add(records.size() == 1 ? source : source + "#" + i);
        }
      } catch (JuryJsonException e) {
        invalid++;
        e.violations().forEach(v -> problems.add(describe(source, v)));
      } catch (IOException e) {
        invalid++;
        problems.add(source + ": cannot read: " + e.getMessage());
      }
    }
    List<ValidationReport> reports = JuryRecords.validateAll(all);
    List<JuryRecord> valid = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ValidationReport report = reports.get(i);
      String origin = origins.get(i);
      report.violations().forEach(v -> problems.add(describe(origin, v)));
      if (report.isValid()) {
        valid.add(all.get(i));
      } else {
        invalid++;
      }
    }
    return new Loaded(valid, problems, invalid);
  }

  private static String describe(String source, Violation v) {
    return source + (v.pointer().isEmpty() ? "" : " " + v.pointer()) + ": "
        + (v.severity() == Severity.WARNING ? "warning " : "") + v.code() + " " + v.message();
  }
}
