package org.arobase.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.arobase.core.LabelData;
import org.arobase.core.geo.Geography;
import org.arobase.core.validation.DossierCheck;
import org.arobase.core.validation.DossierValidator;
import org.arobase.json.DossierResult;
import org.arobase.json.RatingResult;
import org.arobase.rules.LabelEngine;

/**
 * The engines of the service: one per millésime, built the first time a dossier of it comes (the
 * newest at start) and shared by every request; and the validator of the dossiers no engine takes.
 * Thread-safe.
 */
final class Engines {

  private final LabelData data;
  private final Optional<DossierCheck> geography;
  private final DossierValidator validator;
  private final Locale locale;
  private final ConcurrentMap<Integer, CompletableFuture<LabelEngine>> engines = new ConcurrentHashMap<>();

  /**
   * @param data the data of the millésimes
   * @param geography whether dossiers are checked against the official geography, as the command line does
   * @param locale the language of the messages and reasons
   */
  Engines(LabelData data, boolean geography, Locale locale) {
    this.data = data;
    this.locale = locale;
    this.geography = geography ? Optional.of(Geography.official().identityCheck(locale)) : Optional.empty();
    DossierValidator.Builder builder = DossierValidator.builder().data(data).locale(locale);
    this.geography.ifPresent(builder::addCheck);
    this.validator = builder.build();
  }

  LabelData data() {
    return data;
  }

  /** @return the language of the messages and reasons */
  Locale locale() {
    return locale;
  }

  /** @return the validator of {@code validate}: the standard checks, with the geography's when asked for */
  DossierValidator validator() {
    return validator;
  }

  /** @return the years whose engine is built */
  List<Integer> built() {
    return engines.entrySet().stream().filter(e -> e.getValue().isDone() && !e.getValue().isCompletedExceptionally())
        .map(java.util.Map.Entry::getKey).sorted().toList();
  }

  /**
   * @param year a millésime of the data
   * @return its engine, built once: a request that asks while another builds it waits for it
   */
  LabelEngine engine(int year) {
    CompletableFuture<LabelEngine> mine = new CompletableFuture<>();
    CompletableFuture<LabelEngine> existing = engines.putIfAbsent(year, mine);
    if (existing == null) {
      try {
        LabelEngine.Builder builder = LabelEngine.builder().data(data).edition(year).locale(locale);
        geography.ifPresent(builder::addCheck);
        mine.complete(builder.build());
      } catch (RuntimeException | Error e) {
        mine.completeExceptionally(e);
        engines.remove(year, mine);
      }
      existing = mine;
    }
    try {
      return existing.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** @return the rating result of the dossier, by the path of {@code arobase rate} */
  RatingResult rate(DossierResult read) {
    return Ratings.result(read, data, this::engine, () -> validator);
  }
}
