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

  Progress(PrintWriter err, int total, String verb) {
    this.err = err;
    this.total = total;
    // System.console() is null when either stream is redirected: pipes and tests stay quiet.
    this.shown = System.console() != null && total >= MIN_BATCH;
    this.verb = verb;
  }

  void advance(int done) {
    if (!shown) {
      return;
    }
    long now = System.nanoTime();
    if (done == total || now - lastPrint > 200_000_000L) {
      lastPrint = now;
      err.print("\r" + verb + " " + done + "/" + total);
      if (done == total) {
        err.println();
      }
      err.flush();
    }
  }
}
