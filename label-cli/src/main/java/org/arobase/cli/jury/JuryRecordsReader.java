package org.arobase.cli.jury;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.arobase.core.decision.Decision;
import org.arobase.core.jury.Awards;
import org.arobase.core.jury.EffectiveResult;
import org.arobase.core.jury.JuryRecord;
import org.arobase.core.jury.JuryRecords;
import org.arobase.core.validation.Severity;
import org.arobase.core.validation.ValidationReport;
import org.arobase.core.validation.Violation;
import org.arobase.json.JuryJson;
import org.arobase.json.LabelJsonException;

/**
 * Reads the {@code RECORDS...} of {@code arobase jury report}, one source after the other
 * (each holding one record or an array of records), then validates them all together. The
 * invalid records are left out of the result and every problem is described with its source.
 *
 * <pre>{@code
 * JuryRecordsReader reader = new JuryRecordsReader();
 * for (Input input : Inputs.expand(paths)) {
 *   try (InputStream in = input.open(stdin)) {
 *     reader.add(input.name(), in);
 *   }
 * }
 * JuryRecordsReader.Result result = reader.result();
 * }</pre>
 *
 * <p>Not thread-safe: one reader per command.
 */
public final class JuryRecordsReader {

  /**
   * The records read.
   *
   * @param records the valid records, in the order read
   * @param problems one line per problem, errors and warnings, as {@code source pointer: CODE message},
   *     where the source is the name given, followed by {@code #N} for the N-th record (0-based)
   *     of a source that holds several
   * @param invalid how many records or sources were left out because of an error
   */
  public record Result(List<JuryRecord> records, List<String> problems, int invalid) {
    /** Copies the lists. */
    public Result {
      records = List.copyOf(records);
      problems = List.copyOf(problems);
    }

    /** @return whether nothing was left out (warnings may remain) */
    public boolean allValid() {
      return invalid == 0;
    }

    /**
     * @return the result that counts for each decision: the award of its valid record, the
     *     engine's proposal otherwise ({@link Awards#effective(List)})
     */
    public Function<Decision, EffectiveResult> awards() {
      return Awards.effective(records);
    }
  }

  private final List<JuryRecord> records = new ArrayList<>();
  private final List<String> origins = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private int unreadable;

  /** Creates an empty reader. */
  public JuryRecordsReader() {}

  /**
   * Reads one source; an unreadable source is recorded as a problem, never thrown.
   *
   * @param source the source's name as the user gave it (a path, or {@code -})
   * @param in its content, read to its end and not closed
   * @return this reader
   */
  public JuryRecordsReader add(String source, InputStream in) {
    try {
      List<JuryRecord> read = JuryJson.readRecords(in);
      for (int i = 0; i < read.size(); i++) {
        records.add(read.get(i));
        origins.add(read.size() == 1 ? source : source + "#" + i);
      }
    } catch (LabelJsonException e) {
      unreadable++;
      e.violations().forEach(v -> problems.add(describe(source, v)));
    }
    return this;
  }

  /**
   * Records a source that could not be read at all (no such file, an I/O error): a problem,
   * and a source left out.
   *
   * @param source the source's name as the user gave it
   * @param problem what went wrong, e.g. {@code no such file or directory}
   * @return this reader
   */
  public JuryRecordsReader unreadable(String source, String problem) {
    unreadable++;
    problems.add(source + ": " + problem);
    return this;
  }

  /** @return the valid records and every problem, after checking the records together */
  public Result result() {
    List<String> all = new ArrayList<>(problems);
    List<JuryRecord> valid = new ArrayList<>();
    int invalid = unreadable;
    List<ValidationReport> reports = JuryRecords.validateAll(records);
    for (int i = 0; i < records.size(); i++) {
      ValidationReport report = reports.get(i);
      String origin = origins.get(i);
      report.violations().forEach(v -> all.add(describe(origin, v)));
      if (report.isValid()) {
        valid.add(records.get(i));
      } else {
        invalid++;
      }
    }
    return new Result(valid, all, invalid);
  }

  private static String describe(String source, Violation v) {
    return source + (v.pointer().isEmpty() ? "" : " " + v.pointer()) + ": "
        + (v.severity() == Severity.WARNING ? "warning " : "") + v.code() + " " + v.message();
  }
}
