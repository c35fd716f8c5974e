package org.arobase.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.arobase.core.DataFileException;
import org.arobase.core.LabelData;
import org.arobase.rules.LabelEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** The {@code arobase} command: the entry point of the runnable jar. */
@Command(
    name = "arobase",
    mixinStandardHelpOptions = true,
    versionProvider = Arobase.Version.class,
    description = "Label National Territoires, Villes et Villages Internet: matrix, validation and rating of dossiers.",
    subcommands = {MatrixCommand.class, ValidateCommand.class, RateCommand.class, ReportCommand.class,
        GeoJsonCommand.class, PalmaresCommand.class, FiguresCommand.class, JuryCommand.class, CalibrateCommand.class,
        MillesimesCommand.class, DataCommand.class, BenchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Arobase implements Runnable {

  /** Every dossier valid (and rated). */
  public static final int OK = 0;
  /** At least one dossier invalid or unreadable as JSON. */
  public static final int INVALID = 1;
  /** Wrong command line, missing path, rules that do not compile. */
  public static final int USAGE = 2;

  final InputStream in;

  @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "A directory laid out like the bundled data (arobase data export DIR writes one): its files "
          + "replace the bundled millésimes, mentions, obligations, parameters, results or matrices.")
  Path dataDirectory;

  @Option(names = "--max-problems", paramLabel = "N", scope = ScopeType.INHERIT,
      description = "Print at most N problems (violations) in one run, then say how many were left out "
          + "(default: ${DEFAULT-VALUE}).")
  long maxProblems = Run.DEFAULT_MAX_PROBLEMS;

  @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT,
      description = "fr or en: the language of the messages, reasons and reports (default: ${DEFAULT-VALUE}). "
          + "Codes, pointers, outcomes in JSON and measures do not change with it.")
  String language = "fr";

  private LabelData data;

  /**
   * @return the language of {@code --lang}
   * @throws UsageException for a language other than fr and en
   */
  Locale locale() {
    return switch (language.toLowerCase(Locale.ROOT)) {
      case "fr" -> Locale.FRENCH;
      case "en" -> Locale.ENGLISH;
      default -> throw new UsageException("--lang " + language + ": arobase speaks fr (the default) and en");
    };
  }

  private Arobase(InputStream in) {
    this.in = in;
  }

  /**
   * @return the data of the millésimes: the bundled data, or {@code --data DIR} over it, checked
   *     once when first asked for (the parameters of every millésime included)
   * @throws UsageException naming the file, the line or key, and what is wrong
   */
  LabelData data() {
    if (data == null) {
      if (dataDirectory == null) {
        data = LabelData.bundled();
      } else {
        try {
          LabelData loaded = LabelData.load(dataDirectory);
          LabelEngine.checkParameters(loaded);
          data = loaded;
        } catch (DataFileException | IllegalArgumentException e) {
          throw new UsageException("--data " + dataDirectory + ": " + e.getMessage());
        }
      }
    }
    return data;
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the command line in-process, as the tests do.
   *
   * @param args the arguments
   * @param in standard input (for the path {@code -})
   * @param out standard output, for results
   * @param err standard error, for messages
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Arobase(in))
        .setOut(outWriter)
        .setErr(errWriter)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          // A user never sees a stack trace: the message says what to fix.
          if (e instanceof UsageException) {
            commandLine.getErr().println("arobase: " + Terminal.safeLines(e.getMessage()));
            return USAGE;
          }
          if (e instanceof java.io.UncheckedIOException io) {
            commandLine.getErr().println("arobase: " + Terminal.safeLines(Terminal.describe(io.getCause())));
            return USAGE;
          }
          commandLine.getErr().println("arobase: unexpected error: " + Terminal.safeLines(String.valueOf(e)));
          return INVALID;
        });
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "a command is required (see arobase --help)");
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Arobase.class.getPackage().getImplementationVersion();
      return new String[] {"arobase " + (version == null ? "(development build)" : version)};
    }
  }
}
