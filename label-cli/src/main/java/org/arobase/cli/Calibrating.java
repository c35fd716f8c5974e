package org.arobase.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.arobase.core.Dossier;
import org.arobase.core.internal.Messages;
import org.arobase.core.jury.JuryRecord;
import org.arobase.json.DossierResult;
import org.arobase.rules.calibration.Agreement;
import org.arobase.rules.calibration.Audit;
import org.arobase.rules.calibration.AwardsTable;
import org.arobase.rules.calibration.Calibration;
import org.arobase.rules.calibration.CalibrationException;
import org.arobase.rules.calibration.CalibrationResult;
import org.arobase.rules.calibration.CalibrationWarning;
import org.arobase.rules.calibration.Change;
import org.arobase.rules.calibration.Inversion;
import picocli.CommandLine.Option;

/**
 * What {@code arobase calibrate} and {@code arobase jury audit} share: the awards ({@code --awards}
 * and {@code --records}), the dossiers, the calibration they make, and the wording of the results.
 */
final class Calibrating {

  /** The options of the awards. */
  static final class AwardOptions {
    @Option(names = "--awards", paramLabel = "FILE",
        description = "The levels the jury awarded: a TSV with the header code<TAB>arobases (INSEE code or SIREN, 1 to 5).")
    Path awards;

    @Option(names = "--records", paramLabel = "RECORDS",
        description = "Jury records whose awards count too (repeatable; files, directories or -).")
    List<String> records = new ArrayList<>();
  }

  private Calibrating() {}

  /**
   * Reads the awards and the dossiers and rates them once; every problem is printed on standard error.
   *
   * @return the calibration, or {@code null} when the data cannot be calibrated on (exit code 1)
   * @throws UsageException when no award is named, a file does not exist, or the base parameters are wrong
   */
  static Calibration prepare(Arobase root, Run run, AwardOptions options, DossierOptions dossiers, Path base,
      int folds, long seed) {
    if (options.awards == null && options.records.isEmpty()) {
      throw new UsageException("name the awards: --awards FILE (code<TAB>arobases) or --records RECORDS");
    }
    if (base != null && !Files.isRegularFile(base)) {
      throw new UsageException("--parameters " + base + ": no such file");
    }
    if (folds < 2) {
      throw new UsageException("--folds takes a number of at least 2, not " + folds);
    }
    Messages m = run.messages();
    PrintWriter err = run.err();
    List<AwardsTable> tables = new ArrayList<>();
    boolean bad = false;
    if (options.awards != null) {
      if (!Files.isRegularFile(options.awards)) {
        throw new UsageException("--awards " + options.awards + ": no such file");
      }
      try (var reader = Files.newBufferedReader(options.awards, StandardCharsets.UTF_8)) {
        tables.add(AwardsTable.read(options.awards.toString(), reader));
      } catch (CalibrationException e) {
        print(e, m, err);
        bad = true;
      } catch (IOException | UncheckedIOException e) {
        throw new UsageException("cannot read " + options.awards + ": " + e.getMessage());
      }
    }
    List<DossierResult> read = dossiers.read(root.in, root.data(), run.locale());
    List<Dossier> valid = new ArrayList<>();
    for (DossierResult r : read) {
      if (r.isValid() && r.dossier().isPresent()) {
        valid.add(r.dossier().get());
      } else {
        ValidateCommand.printText(List.of(r), err, run);
        run.unusedReported(1);
      }
    }
    if (!options.records.isEmpty()) {
      var result = JuryCommand.readRecords(options.records, root.in, err);
      if (!result.allValid()) {
        run.unusedReported(Math.max(1, result.problems().size()));
      }
      java.util.Set<Integer> editions = new java.util.TreeSet<>();
      valid.forEach(d -> editions.add(d.edition()));
      List<AwardsTable.Entry> entries = new ArrayList<>();
      for (JuryRecord record : result.records()) {
        if (editions.isEmpty() || editions.contains(record.edition())) {
          entries.add(new AwardsTable.Entry(record.collectivity().code(), record.award().arobases(), "--records", 0));
        }
      }
      try {
        tables.add(AwardsTable.of(entries));
      } catch (CalibrationException e) {
        print(e, m, err);
        bad = true;
      }
    }
    if (bad) {
      return null;
    }
    try {
      return Calibration.builder().data(root.data()).base(base).awards(AwardsTable.merge(tables)).dossiers(valid)
          .folds(folds).seed(seed).build();
    } catch (CalibrationException e) {
      print(e, m, err);
      return null;
    } catch (UncheckedIOException e) {
      throw new UsageException("--parameters " + base + ": " + Terminal.describe(e.getCause()));
    } catch (IllegalArgumentException e) {
      throw new UsageException((base == null ? "" : "--parameters " + base + ": ") + e.getMessage());
    }
  }

  private static void print(CalibrationException e, Messages m, PrintWriter err) {
    for (AwardsTable.Problem p : e.problems()) {
      String where = p.source().isEmpty() ? "" : p.source() + (p.line() > 0 ? ":" + p.line() : "") + ": ";
      String who = p.code().isEmpty() ? "" : p.code() + ": ";
      err.println(Terminal.safe("arobase: " + where + who + m.get("calibrate.problem." + p.kind(), p.detail())));
    }
    err.flush();
  }

  // ---- calibrate: text and JSON

  static String text(CalibrationResult r, Path out, Messages m) {
    StringBuilder s = new StringBuilder();
    s.append(m.get("calibrate.summary", r.dossiers(), String.valueOf(r.edition()), r.unawarded())).append('\n');
    s.append("  ").append(agreement(m, "calibrate.base", r.base())).append('\n');
    s.append("  ").append(agreement(m, "calibrate.agreement", r.agreement())).append('\n');
    s.append("  ").append(m.get("calibrate.crossValidated", r.folds(), String.valueOf(r.seed()), m.percent(r.crossValidated().exact()),
        m.percent(r.crossValidated().withinOne()))).append('\n');
    s.append(m.get("calibrate.confusion")).append('\n');
    s.append(String.format(Locale.ROOT, "  %6s", ""));
    for (int p = 1; p <= 5; p++) {
      s.append(String.format(Locale.ROOT, "%6s", p + " @"));
    }
    s.append('\n');
    for (int a = 1; a <= 5; a++) {
      s.append(String.format(Locale.ROOT, "  %6s", a + " @"));
      for (int p = 1; p <= 5; p++) {
        s.append(String.format(Locale.ROOT, "%6d", r.confusion().get(a - 1).get(p - 1)));
      }
      s.append('\n');
    }
    s.append(m.get("calibrate.changes", r.changes().size())).append('\n');
    for (Change c : r.changes()) {
      s.append("  ").append(m.get("calibrate.change", c.key(), c.before(), c.after())).append('\n');
    }
    for (CalibrationWarning w : r.warnings()) {
      s.append(m.get("calibrate.warning." + w.kind(), w.count(), w.least(),
          w.category().map(c -> m.get("category." + c)).orElse(""))).append('\n');
    }
    s.append(m.get("calibrate.written", out.toString())).append('\n');
    return s.toString();
  }

  private static String agreement(Messages m, String key, Agreement a) {
    return m.get(key, m.percent(a.exact()), m.percent(a.withinOne()));
  }

  static String json(CalibrationResult r, Path out) {
    StringBuilder s = new StringBuilder("{");
    s.append("\"edition\": ").append(r.edition()).append(", \"dossiers\": ").append(r.dossiers())
        .append(", \"unawarded\": ").append(r.unawarded()).append(", \"folds\": ").append(r.folds())
        .append(", \"seed\": ").append(r.seed())
        .append(", \"base\": ").append(json(r.base()))
        .append(", \"agreement\": ").append(json(r.agreement()))
        .append(", \"crossValidated\": ").append(json(r.crossValidated()))
        .append(", \"confusion\": [");
    for (int a = 0; a < 5; a++) {
      s.append(a == 0 ? "" : ", ").append(r.confusion().get(a).toString());
    }
    s.append("], \"changes\": [");
    for (int i = 0; i < r.changes().size(); i++) {
      Change c = r.changes().get(i);
      s.append(i == 0 ? "" : ", ").append("{\"key\": ").append(quote(c.key())).append(", \"old\": ")
          .append(quote(c.before())).append(", \"new\": ").append(quote(c.after())).append('}');
    }
    s.append("], \"warnings\": [");
    for (int i = 0; i < r.warnings().size(); i++) {
      CalibrationWarning w = r.warnings().get(i);
      s.append(i == 0 ? "" : ", ").append("{\"kind\": ").append(quote(w.kind().name())).append(", \"category\": ")
          .append(w.category().map(c -> quote(c.name())).orElse("null")).append(", \"count\": ").append(w.count())
          .append(", \"least\": ").append(w.least()).append(", \"message\": ").append(quote(w.message())).append('}');
    }
    s.append("], \"parameters\": ").append(quote(out.toString())).append('}');
    return s.toString();
  }

  private static String json(Agreement a) {
    return "{\"dossiers\": " + a.dossiers() + ", \"exact\": " + fraction(a.exact()) + ", \"withinOne\": "
        + fraction(a.withinOne()) + "}";
  }

  private static String fraction(double x) {
    return java.math.BigDecimal.valueOf(x).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  // ---- audit: text and JSON

  static String text(Audit audit, Messages m) {
    StringBuilder s = new StringBuilder();
    s.append(m.get("audit.summary", audit.dossiers(), audit.inversions().size())).append('\n');
    for (Inversion i : audit.inversions()) {
      Inversion.Side h = i.higher();
      Inversion.Side l = i.lower();
      s.append(Terminal.safe(m.get("audit.inversion", h.code(), h.name(), h.arobases(), l.code(), l.name(),
          l.arobases(), m.list(i.better().stream().map(c -> m.get("audit.criterion." + c)).toList())))).append('\n');
      s.append("  ").append(m.get("audit.criteria", m.percent(h.score()), m.percent(l.score()), h.coveredEnjeux(),
          l.coveredEnjeux(), h.coveredAxes(), l.coveredAxes(), codes(h.requiredEnjeux()), codes(l.requiredEnjeux())))
          .append('\n');
    }
    return s.toString();
  }

  private static String codes(List<String> codes) {
    return codes.isEmpty() ? "-" : String.join(", ", codes);
  }

  static String json(Audit audit) {
    StringBuilder s = new StringBuilder("{\"dossiers\": ").append(audit.dossiers()).append(", \"inversions\": [");
    for (int n = 0; n < audit.inversions().size(); n++) {
      Inversion i = audit.inversions().get(n);
      s.append(n == 0 ? "" : ", ").append("{\"higher\": ").append(json(i.higher())).append(", \"lower\": ")
          .append(json(i.lower())).append(", \"better\": ").append(strings(i.better())).append('}');
    }
    return s.append("]}").toString();
  }

  private static String json(Inversion.Side d) {
    return "{\"code\": " + quote(d.code()) + ", \"name\": " + quote(d.name()) + ", \"category\": "
        + quote(d.category().name()) + ", \"arobases\": " + d.arobases() + ", \"score\": " + fraction(d.score())
        + ", \"coveredEnjeux\": " + d.coveredEnjeux() + ", \"coveredAxes\": " + d.coveredAxes()
        + ", \"requiredEnjeux\": " + strings(d.requiredEnjeux()) + "}";
  }

  private static String strings(List<String> values) {
    return "[" + String.join(", ", values.stream().map(Calibrating::quote).toList()) + "]";
  }

  static String quote(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.append('"').toString();
  }
}
