package org.arobase.cli;

import java.io.PrintWriter;

/** Progress of a long batch on standard error, only when standard error is a terminal. */
final class Progress {

  private static final int MIN_BATCH = 200;

  private final PrintWriter err;
  private final int total;
  private final String verb;
  private final boolean shown;
  private long lastPrint;

  /**
   * @param err standard error
   * @param total how many there are, or 0 when unknown (a stream)
   * @param verb what is done
   */
  Progress(PrintWriter err, int total, String verb) {
    this.err = err;
    this.total = total;
    // System.console() is null when either stream is redirected: pipes and tests stay quiet.
    this.shown = System.console() != null && (total <= 0 || total >= MIN_BATCH);
    this.verb = verb;
  }

  void advance(int done) {
    if (!shown || total <= 0 && done < MIN_BATCH) {
      return;
    }
    long now = System.nanoTime();
    if (done == total || now - lastPrint > 200_000_000L) {
      lastPrint = now;
      err.print("\r" + verb + " " + done + (total > 0 ? "/" + total : ""));
      if (done == total) {
        err.println();
      }
      err.flush();
    }
  }

  /** Ends the line of a stream's progress, whose total was not known. */
  void done() {
    if (shown && total <= 0 && lastPrint != 0) {
      err.println();
      err.flush();
    }
  }
}
