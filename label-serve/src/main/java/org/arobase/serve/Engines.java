package org.arobase.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.arobase.core.LabelData;
import org.arobase.core.geo.Geography;
import org.arobase.core.validation.DossierCheck;
import org.arobase.core.validation.DossierValidator;
import org.arobase.json.DossierResult;
import org.arobase.json.RatingResult;
import org.arobase.rules.LabelEngine;

/**
 * The engines of the service: one per millésime, built the first time a dossier of it comes (the
 * newest at start) and shared by every request; the validator of the dossiers no engine takes; and
 * the permits of {@link ServeLimits#maxRatings()}. Thread-safe.
 */
final class Engines {

  private final LabelData data;
  private final Optional<DossierCheck> geography;
  private final DossierValidator validator;
  private final Locale locale;
  private final ConcurrentMap<Integer, CompletableFuture<LabelEngine>> engines = new ConcurrentHashMap<>();
  /** Fair: the requests waiting for a permit get it in the order they came. */
  private final Semaphore ratings;

  /**
   * @param data the data of the millésimes
   * @param geography whether dossiers are checked against the official geography, as the command line does
   * @param locale the language of the messages and reasons
   * @param maxRatings the most dossiers rated at once
   */
  Engines(LabelData data, boolean geography, Locale locale, int maxRatings) {
    this.data = data;
    this.ratings = new Semaphore(maxRatings, true);
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

  /**
   * Does the work of a request once one of the {@link ServeLimits#maxRatings()} permits is free: the
   * others wait, holding no processor, so that those at work are not slowed by the rest.
   *
   * @param work the rating of the request's dossiers and the writing of its answer
   * @return what the work returns
   * @throws Api.Failure {@code 503} when the server stops while the request waits
   */
  <T> T atMostMaxRatings(Supplier<T> work) {
    try {
      ratings.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Api.Failure(ApiError.of(503, ApiError.SHUTTING_DOWN, "the server is stopping"));
    }
    try {
      return work.get();
    } finally {
      ratings.release();
    }
  }

  /** @return how many requests wait for a permit to rate */
  int waiting() {
    return ratings.getQueueLength();
  }

  /** @return the rating result of the dossier, by the path of {@code arobase rate} */
  RatingResult rate(DossierResult read) {
    return Ratings.result(read, data, this::engine, () -> validator);
  }
}
