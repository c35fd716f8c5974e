package org.arobase.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.arobase.core.Dossier;
import org.arobase.core.LabelData;
import org.arobase.core.decision.Decision;
import org.arobase.core.validation.DossierCheck;
import org.arobase.core.validation.DossierValidator;
import org.arobase.json.DossierResult;
import org.arobase.json.RatingResult;
import org.arobase.rules.LabelEngine;
import org.arobase.rules.RuleCompilationException;
import org.arobase.serve.Ratings;

/** Rates the valid dossiers read from the PATH arguments, one engine per millésime, built once. */
final class Rating {

  /** A dossier as read, with its decision when it could be rated. */
  record Rated(DossierResult read, RatingResult result) {
    Optional<Dossier> dossier() {
      return read.dossier();
    }

    Optional<Decision> decision() {
      return result.decision();
    }
  }

  private final List<Path> rules;
  private final Path parameters;
  private final LabelData data;
  private final Optional<DossierCheck> geography;
  private final java.util.Locale locale;
  private final Map<Integer, CompletableFuture<LabelEngine>> engines = new HashMap<>();

  /**
   * @param rules user rule files
   * @param data the data of the millésimes
   * @param likelyEdition the millésime to start compiling at once, while the dossiers are read
   *     (compiling the rules is most of the time of rating one dossier)
   * @param geography whether the engines check dossiers against the official geography
   * @param locale the language of the decisions' words
   */
  Rating(List<Path> rules, LabelData data, int likelyEdition, boolean geography, java.util.Locale locale) {
    this(rules, null, data, likelyEdition, geography, locale);
  }

  /**
   * @param rules user rule files
   * @param parameters a parameters file of one's own ({@code --parameters}), or {@code null} for the data's
   * @param data the data of the millésimes
   * @param likelyEdition the millésime to start compiling at once
   * @param geography whether the engines check dossiers against the official geography
   * @param locale the language of the decisions' words
   */
  Rating(List<Path> rules, Path parameters, LabelData data, int likelyEdition, boolean geography,
      java.util.Locale locale) {
    if (parameters != null && !Files.isRegularFile(parameters)) {
      throw new UsageException("--parameters " + parameters + ": no such file");
    }
    this.parameters = parameters;
    this.locale = locale;
    this.data = data;
    this.geography = geography ? Optional.of(DossierReading.geographyCheck(locale)) : Optional.empty();
    for (Path file : rules) {
      if (Files.isDirectory(file)) {
        throw new UsageException("--rules " + file + " is a directory; name a rule file (.drl)");
      }
      if (!Files.isRegularFile(file)) {
        throw new UsageException("no such rule file: " + file);
      }
      if (!Files.isReadable(file)) {
        throw new UsageException("cannot read the rule file " + file + ": permission denied");
      }
    }
    this.rules = List.copyOf(rules);
    if (data.find(likelyEdition).isPresent()) {
      engines.put(likelyEdition, CompletableFuture.supplyAsync(() -> build(likelyEdition)));
    }
  }

  private DossierValidator validator;

  /** @return the validator of dossiers no engine can take */
  private DossierValidator validator() {
    if (validator == null) {
      validator = DossierReading.validator(geography.isPresent(), data, locale);
    }
    return validator;
  }

  /** @return the newest millésime, the one most dossiers are filed for */
  int newestEdition() {
    return data.newest().year();
  }

  LabelEngine engine(int edition) {
    try {
      return engines.computeIfAbsent(edition, year -> CompletableFuture.completedFuture(build(year))).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private LabelEngine build(int year) {
    try {
      // A command rates a few dossiers and exits: start-up matters more than throughput.
      LabelEngine.Builder builder = LabelEngine.builder().data(data).edition(year).tuning(LabelEngine.Tuning.START_UP)
          .locale(locale).addRules(rules.toArray(Path[]::new));
      geography.ifPresent(builder::addCheck);
      if (parameters != null) {
        builder.parameters(parameters);
      }
      return builder.build();
    } catch (RuleCompilationException e) {
      StringBuilder message = new StringBuilder("the rules do not compile:");
      e.problems().forEach(p -> message.append("\n  ").append(p));
      throw new UsageException(message.toString());
    } catch (java.io.UncheckedIOException e) {
      throw new UsageException("cannot read the rules: " + Terminal.describe(e.getCause()));
    } catch (IllegalArgumentException e) {
      if (parameters == null) {
        throw e;
      }
      throw new UsageException("--parameters " + parameters + ": " + e.getMessage());
    }
  }

  /**
   * Reports on standard error the dossiers that could not be rated, their problems capped by the run.
   *
   * @return the rated ones, in order
   */
  static List<Rated> ratedOnly(List<Rated> all, java.io.PrintWriter err, Run run) {
    List<Rated> rated = new ArrayList<>(all.size());
    for (Rated r : all) {
      if (r.decision().isPresent()) {
        rated.add(r);
      } else {
        RateCommand.printText(r.result(), err, false, run);
      }
    }
    return rated;
  }

  /**
   * Rates each dossier; the caller keeps every decision (palmarès, figures, report). A batch
   * streams through {@link #result(DossierResult)} instead.
   */
  List<Rated> rate(List<DossierResult> results, Progress progress) {
    List<Rated> rated = new ArrayList<>(results.size());
    int done = 0;
    for (DossierResult read : results) {
      rated.add(new Rated(read, result(read)));
      progress.advance(++done);
    }
    return rated;
  }

  /**
   * Validates the dossier once, with the engine of its millésime, and rates it when valid
   * ({@link Ratings#result}, the path the service takes too).
   */
  RatingResult result(DossierResult read) {
    return Ratings.result(read, data, this::engine, this::validator);
  }
}
