package org.arobase.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.Outcome;
import org.arobase.core.decision.Reason;
import org.arobase.core.internal.Messages;
import org.arobase.core.decision.RuleId;
import org.arobase.json.DossierResult;
import org.arobase.json.LabelJson;
import org.arobase.json.RatingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arobase rate}: the proposed arobases, mentions and distinctions of each dossier, with reasons. */
@Command(name = "rate", mixinStandardHelpOptions = true,
    description = {"Propose the arobases, mentions and distinctions of each valid dossier, with the reasons.",
        "Exit code 0 when every dossier is valid and rated, 1 when one is not, 2 for a wrong command line."})
final class RateCommand implements Callable<Integer> {

  enum Format { text, json, csv }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Mixin RatingOptions ratingOptions;

  @Option(names = "--reasons", negatable = false, description = "In text, print every reason, not only the level's.")
  boolean allReasons;

  @Mixin DossierOptions dossiers;

  @Override
  public Integer call() {
    Arobase root = (Arobase) spec.root().userObject();
    Run run = Run.of(spec);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Rating rating = ratingOptions.start(root.data(), dossiers.likelyEdition(root.data()), dossiers.geography(), root.locale());
    Progress progress = new Progress(err, 0, "rated");
    int[] counts = new int[2]; // read, rated
    // One dossier at a time, from the file to the output: a batch of any size runs in bounded memory.
    try (Stream<DossierResult> read = dossiers.streamToRate(root.in, root.data(), run)) {
      Stream<RatingResult> results = read.map(r -> {
        RatingResult result = rating.result(r);
        counts[0]++;
        if (result.decision().isPresent()) {
          counts[1]++;
        }
        progress.advance(counts[0]);
        return result;
      });
      switch (format) {
        case json -> {
          Iterator<RatingResult> capped = results.map(r -> capped(r, run)).iterator();
          LabelJson.standard().writeRatings(() -> capped, out);
          out.println();
        }
        case csv -> {
          // The CSV has a row per decision only: a dossier left out is said on standard error.
          Iterator<RatingResult> reported = results.peek(r -> {
            if (r.decision().isEmpty()) {
              printText(r, err, false, run);
            }
          }).iterator();
          LabelJson.standard().writeCsv(() -> reported, out);
        }
        case text -> results.forEach(r -> printText(r, out, allReasons, run));
      }
    }
    progress.done();
    out.flush();
    return run.finish(counts[0] == counts[1] ? Arobase.OK : Arobase.INVALID);
  }

  /** @return the result with as many violations as the run's cap still allows */
  static RatingResult capped(RatingResult result, Run run) {
    if (result.decision().isPresent() || run == null) {
      return result;
    }
    List<org.arobase.core.validation.Violation> kept = run.cap(result.violations());
    return kept == result.violations() ? result : RatingResult.rejected(result.source(), kept);
  }

  /**
   * Prints a result as the text format does, every line with its control characters escaped.
   *
   * @param run the run whose cap bounds the violations printed, or {@code null} for no cap
   */
  static void printText(RatingResult result, PrintWriter out, boolean allReasons, Run run) {
    Messages m = run == null ? Run.words(null) : run.messages();
    if (result.decision().isEmpty()) {
      out.println(Terminal.safe(m.get("rate.invalid", result.source())));
      List<org.arobase.core.validation.Violation> violations = run == null ? result.violations() : run.cap(result.violations());
      violations.forEach(v -> out.println(ValidateCommand.line(v, m)));
      return;
    }
    Decision d = result.decision().get();
    out.println(Terminal.safe(m.get("rate.header", result.source(), d.collectivity().name(),
        m.get("category." + d.collectivity().category()), String.valueOf(d.edition()), d.arobases())));
    out.println("  " + m.get("rate.summary", m.wholePercent(d.mosaic().score()), d.mosaic().coveredEnjeux(),
        d.mosaic().enjeux().size(), d.eligibleInitiatives().size(), d.ignoredInitiatives().size()));
    if (!d.mentions().isEmpty()) {
      out.println(Terminal.safe("  " + m.get("rate.mentions", m.list(d.mentions().stream().map(Mention::label).toList()))));
    }
    if (!d.distinctions().isEmpty()) {
      out.println(Terminal.safe("  " + m.get("rate.distinctions", d.distinctions().size(),
          m.list(d.distinctions().stream().map(x -> x.label()).toList()))));
    }
    // The reasons that decided the level (and a missing obligation's), or all of them with --reasons.
    List<Reason> level = d.levelReasons();
    for (Reason r : d.reasons()) {
      if (allReasons || level.contains(r) || r.ruleId().concern() == RuleId.Concern.OBLIGATION
          && r.outcome() == Outcome.MISSED) {
        out.println(Terminal.safe("  " + describe(r, m)));
      }
    }
    d.next().ifPresent(next -> {
      out.println("  " + m.get("rate.next", next.arobases()));
      next.missing().forEach(r -> out.println(Terminal.safe("    " + describe(r, m))));
    });
  }

  private static String describe(Reason r, Messages m) {
    String values = r.actual().isEmpty() ? ""
        : r.expected().isEmpty() ? m.get("rate.values", r.actual()) : m.get("rate.valuesExpected", r.actual(), r.expected());
    return m.get("rate.reason", m.get("outcome." + r.outcome()), r.rule(), r.message()) + values;
  }
}
