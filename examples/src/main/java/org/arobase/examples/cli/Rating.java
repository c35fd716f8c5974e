package org.arobase.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arobase.core.Decision;
import org.arobase.core.Dossier;
import org.arobase.core.InvalidDossierException;
import org.arobase.json.DossierResult;
import org.arobase.json.RatingResult;
import org.arobase.rules.LabelEngine;
import org.arobase.rules.RuleCompilationException;

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
  private final Map<Integer, LabelEngine> engines = new HashMap<>();

  Rating(List<Path> rules) {
    for (Path file : rules) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("no such rule file: " + file);
      }
    }
    this.rules = List.copyOf(rules);
  }

  LabelEngine engine(int edition) {
    return engines.computeIfAbsent(edition, year -> {
      try {
        return LabelEngine.builder().edition(year).addRules(rules.toArray(Path[]::new)).build();
      } catch (RuleCompilationException e) {
        StringBuilder message = new StringBuilder("the rules do not compile:");
        e.problems().forEach(p -> message.append("\n  ").append(p));
        throw new UsageException(message.toString());
      }
    });
  }

  List<Rated> rate(List<DossierResult> results, Progress progress) {
    List<Rated> rated = new ArrayList<>(results.size());
    int done = 0;
    for (DossierResult read : results) {
      rated.add(new Rated(read, rate(read)));
      progress.advance(++done);
    }
    return rated;
  }

  private RatingResult rate(DossierResult read) {
    if (!read.isValid() || read.dossier().isEmpty()) {
      return RatingResult.rejected(read.source(), read.violations());
    }
    Dossier dossier = read.dossier().get();
    try {
      return RatingResult.rated(read.source(), engine(dossier.edition()).evaluate(dossier));
    } catch (InvalidDossierException e) {
      return RatingResult.rejected(read.source(), e.report().violations());
    }
  }
}
