package org.arobase.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.arobase.core.Mention;
import org.arobase.core.decision.Decision;
import org.arobase.core.decision.Reason;
import org.arobase.core.decision.RuleId;
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
    Rating rating = ratingOptions.start(root.data(), dossiers.likelyEdition(root.data()), dossiers.geography());
    var read = dossiers.readToRate(root.in, root.data());
    List<Rating.Rated> rated = rating.rate(read, new Progress(spec.commandLine().getErr(), read.size(), "rated"));
    List<RatingResult> results = rated.stream().map(Rating.Rated::result).toList();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> {
        LabelJson.standard().writeRatings(results, out);
        out.println();
      }
      case csv -> LabelJson.standard().writeCsv(results, out);
      case text -> results.forEach(r -> printText(r, out, allReasons));
    }
    out.flush();
    return results.stream().allMatch(r -> r.decision().isPresent()) ? Arobase.OK : Arobase.INVALID;
  }

  static void printText(RatingResult result, PrintWriter out, boolean allReasons) {
    if (result.decision().isEmpty()) {
      out.println(result.source() + ": INVALID, not rated");
      result.violations().forEach(v -> out.println(ValidateCommand.line(v)));
      return;
    }
    Decision d = result.decision().get();
    out.printf("%s: %s (%s, label %d) — %d @%n", result.source(), d.collectivity().name(), d.collectivity().category(),
        d.edition(), d.arobases());
    out.printf("  mosaïque %d %%, %d/%d enjeux, %d initiatives retenues, %d ignorées%n",
        Math.round(d.mosaic().score() * 100), d.mosaic().coveredEnjeux(), d.mosaic().enjeux().size(),
        d.eligibleInitiatives().size(), d.ignoredInitiatives().size());
    if (!d.mentions().isEmpty()) {
      out.println("  mentions : " + String.join(", ", d.mentions().stream().map(Mention::label).toList()));
    }
    if (!d.distinctions().isEmpty()) {
      out.println("  distinctions proposées : " + String.join(", ", d.distinctions().stream().map(x -> x.label()).toList()));
    }
    // The reasons that decided the level (and a missing obligation's), or all of them with --reasons.
    List<Reason> level = d.levelReasons();
    for (Reason r : d.reasons()) {
      if (allReasons || level.contains(r) || r.ruleId().concern() == RuleId.Concern.OBLIGATION && !r.met()) {
        out.println("  " + describe(r));
      }
    }
    d.next().ifPresent(next -> {
      out.println("  pour " + next.arobases() + " @ :");
      next.missing().forEach(r -> out.println("    " + describe(r)));
    });
  }

  private static String describe(Reason r) {
    String values = r.actual().isEmpty() ? "" : " [" + r.actual() + (r.expected().isEmpty() ? "" : " ; attendu " + r.expected()) + "]";
    return r.outcome() + " " + r.rule() + " : " + r.message() + values;
  }
}
