package org.arobase.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.arobase.core.internal.Messages;
import org.arobase.core.validation.Violation;

/**
 * What one run of a command owes its user besides its results: every input it did not use is
 * said on standard error and makes the exit code at least 1, and the problems printed are capped
 * so that a batch of a million errors neither floods the terminal nor fills the memory; how many
 * were left out is said at the end.
 */
final class Run {

  /** The problems (violations) printed in one run, by default. */
  static final int DEFAULT_MAX_PROBLEMS = 10_000;

  private final PrintWriter err;
  private final long maxProblems;
  private final Locale locale;
  private long printed;
  private long omitted;
  private int unused;

  /**
   * @param err standard error
   * @param maxProblems how many violations to print in the run, at most
   * @param locale the language of the run's words
   */
  Run(PrintWriter err, long maxProblems, Locale locale) {
    this.err = err;
    this.maxProblems = Math.max(0, maxProblems);
    this.locale = locale;
  }

  /** @return the run of a command, with the cap of {@code --max-problems} and the language of {@code --lang} */
  static Run of(picocli.CommandLine.Model.CommandSpec spec) {
    Arobase root = (Arobase) spec.root().userObject();
    return new Run(spec.commandLine().getErr(), root.maxProblems, root.locale());
  }

  /** @return the language of the run ({@code --lang}) */
  Locale locale() {
    return locale;
  }

  /** @return the command line's wording in the language of the run */
  Messages messages() {
    return words(locale);
  }

  /** @return the command line's wording in a language; French for a run of {@code null} */
  static Messages words(Locale locale) {
    return Messages.of(Run.class, "messages", locale);
  }

  /** @return standard error */
  PrintWriter err() {
    return err;
  }

  /**
   * Says on standard error that an input was not used (an entry of a directory that cannot be
   * read, a dossier left out); the exit code becomes at least 1.
   *
   * @param message what was not used and why
   */
  void unused(String message) {
    unused++;
    err.println("arobase: " + Terminal.safe(message));
    err.flush();
  }

  /**
   * Counts inputs not used whose problems were already printed (e.g. by the reader of jury
   * records); the exit code becomes at least 1.
   *
   * @param count how many
   */
  void unusedReported(int count) {
    unused += count;
  }

  /**
   * @param violations the violations of one dossier, about to be printed
   * @return as many of them as the cap still allows; the others are counted as left out
   */
  List<Violation> cap(List<Violation> violations) {
    long room = maxProblems - printed;
    if (violations.size() <= room) {
      printed += violations.size();
      return violations;
    }
    int kept = (int) Math.max(0, room);
    printed += kept;
    omitted += violations.size() - kept;
    return List.copyOf(violations.subList(0, kept));
  }

  /**
   * Says how many problems were left out, if any, and gives the exit code.
   *
   * @param code the command's own exit code
   * @return the exit code: at least 1 when an input was not used or a problem left out
   */
  int finish(int code) {
    if (omitted > 0) {
      err.println("arobase: " + omitted + " more problem" + (omitted > 1 ? "s" : "") + " not printed (at most "
          + maxProblems + " per run; --max-problems N to change it)");
    }
    err.flush();
    return code == Arobase.OK && (unused > 0 || omitted > 0) ? Arobase.INVALID : code;
  }
}
