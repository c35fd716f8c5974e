package org.arobase.cli.jury;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arobase.core.geo.Geography;
import org.arobase.core.jury.DepartureReport;
import org.arobase.core.jury.Jurors;
import org.arobase.core.jury.JuryPlan;
import org.arobase.core.jury.JuryPlanException;
import org.arobase.core.jury.JuryPlanner;
import org.arobase.core.jury.Juror;
import org.arobase.core.jury.PlannedDossier;
import org.arobase.core.validation.ValidationReport;
import org.arobase.cli.Arobase;
import org.arobase.json.JuryJson;
import org.arobase.json.LabelJsonException;

/**
 * The work of {@code arobase jury plan} and {@code arobase jury report} once the command line
 * is parsed and the inputs are read: results on {@code out}, messages on {@code err}, and the
 * exit code of the README.
 */
public final class JuryCli {

  /** The output formats of both commands. */
  public enum Format {
    /** French text for people. */
    text,
    /** JSON for tools. */
    json
  }

  private JuryCli() {}

  /**
   * {@code arobase jury plan [--format text|json] [--seed N] --jurors FILE PATH...}.
   *
   * @param jurorsFile the jurors file
   * @param dossiers the dossiers read from {@code PATH...}, each named by its source
   * @param seed the seed of the plan
   * @param format the output format
   * @param out standard output, for the plan
   * @param err standard error, for messages
   * @return {@link Arobase#OK} with a plan; {@link Arobase#INVALID} when the jurors file is
   *     invalid (its JSON, or a conflict that names no département, region or collectivité of the
   *     official geography: {@link Jurors#validate}) or no plan meets the rules; {@link Arobase#USAGE} when the jurors file does not exist
   */
  public static int plan(Path jurorsFile, List<PlannedDossier> dossiers, long seed, Format format, PrintWriter out,
      PrintWriter err) {
    List<Juror> jurors;
    try {
      if (!Files.isRegularFile(jurorsFile)) {
        err.println("arobase: no such jurors file: " + jurorsFile);
        return Arobase.USAGE;
      }
      jurors = JuryJson.readJurors(jurorsFile);
    } catch (LabelJsonException e) {
      e.violations().forEach(v -> err.println(jurorsFile + (v.pointer().isEmpty() ? "" : " " + v.pointer()) + ": "
          + v.code() + " " + v.message()));
      return Arobase.INVALID;
    }
    ValidationReport conflicts = Jurors.validate(jurors, Geography.official());
    if (!conflicts.isValid()) {
      conflicts.violations().forEach(v -> err.println(jurorsFile + " " + v.pointer() + ": " + v.code() + " " + v.message()));
      return Arobase.INVALID;
    }
    try {
      JuryPlan plan = JuryPlanner.plan(jurors, dossiers, seed);
      out.print(format == Format.json ? JuryPlanRenderer.json(plan) : JuryPlanRenderer.text(plan));
      out.flush();
      return Arobase.OK;
    } catch (JuryPlanException e) {
      e.problems().forEach(p -> err.println("arobase: no jury plan: " + p + " [" + e.code() + "]"));
      return Arobase.INVALID;
    }
  }

  /**
   * {@code arobase jury report [--format text|json] RECORDS...}: prints the departures report of
   * the valid records, and every problem on standard error.
   *
   * @param records the records read from {@code RECORDS...}
   * @param format the output format
   * @param out standard output, for the report
   * @param err standard error, for the problems
   * @return {@link Arobase#OK} when every record is valid (warnings allowed), {@link Arobase#INVALID} otherwise
   */
  public static int report(JuryRecordsReader.Result records, Format format, PrintWriter out, PrintWriter err) {
    records.problems().forEach(err::println);
    DepartureReport report = DepartureReport.of(records.records());
    out.print(format == Format.json ? DepartureRenderer.json(report) : DepartureRenderer.text(report));
    out.flush();
    return records.allValid() ? Arobase.OK : Arobase.INVALID;
  }
}
