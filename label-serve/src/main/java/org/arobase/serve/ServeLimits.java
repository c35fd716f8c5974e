package org.arobase.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of the service (docs/SERVE.md), so that a large or slow request is refused with a
 * clear error rather than exhausting the memory or the threads.
 *
 * @param maxBodyBytes the largest request body, in bytes; a larger one is refused with {@code 413}
 *     before it is read whole
 * @param idleTimeout how long a connection may stay silent (a request's body included) before it is closed
 * @param maxThreads the most worker threads of the server
 * @param maxConnections the most connections open at once; beyond them, new ones wait to be accepted
 * @param stopTimeout how long {@link LabelServer#stop()} lets the requests in flight finish
 * @param maxRatings the most dossiers rated (and their answers written) at once; the requests beyond
 *     them wait their turn, first come first served. Rating takes the processor alone: more at once
 *     than the cores only makes each slower, and starves the JIT while it compiles the service's code
 */
public record ServeLimits(long maxBodyBytes, Duration idleTimeout, int maxThreads, int maxConnections,
    Duration stopTimeout, int maxRatings) {

  /** The default largest body: 16 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  /** The default idle timeout of a connection: 30 s. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
  /** The default most worker threads: 32. */
  public static final int DEFAULT_MAX_THREADS = 32;
  /** The default most connections open at once: 256. */
  public static final int DEFAULT_MAX_CONNECTIONS = 256;
  /** The default time given to the requests in flight at shutdown: 10 s. */
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

  private static final ServeLimits DEFAULTS = new ServeLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_IDLE_TIMEOUT,
      DEFAULT_MAX_THREADS, DEFAULT_MAX_CONNECTIONS, DEFAULT_STOP_TIMEOUT, defaultMaxRatings());

  /**
   * The limits with the default {@link #maxRatings()}, {@link #defaultMaxRatings()}.
   *
   * @param maxBodyBytes the largest request body, in bytes
   * @param idleTimeout how long a connection may stay silent
   * @param maxThreads the most worker threads of the server
   * @param maxConnections the most connections open at once
   * @param stopTimeout how long {@link LabelServer#stop()} lets the requests in flight finish
   */
  public ServeLimits(long maxBodyBytes, Duration idleTimeout, int maxThreads, int maxConnections,
      Duration stopTimeout) {
    this(maxBodyBytes, idleTimeout, maxThreads, maxConnections, stopTimeout, defaultMaxRatings());
  }

  /** @return the default most dossiers rated at once: twice the processors the JVM has, at least 2 */
  public static int defaultMaxRatings() {
    return Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * Checks every limit.
   *
   * @throws IllegalArgumentException naming the first limit that is not positive (or below 8 threads)
   */
  public ServeLimits {
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, not " + maxBodyBytes);
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout must be positive, not " + idleTimeout);
    }
    // Jetty keeps some threads for accepting and selecting: fewer than 8 leave none for requests.
    if (maxThreads < 8) {
      throw new IllegalArgumentException("maxThreads must be at least 8, not " + maxThreads);
    }
    if (maxConnections <= 0) {
      throw new IllegalArgumentException("maxConnections must be positive, not " + maxConnections);
    }
    if (stopTimeout.isNegative()) {
      throw new IllegalArgumentException("stopTimeout must not be negative, not " + stopTimeout);
    }
    if (maxRatings <= 0) {
      throw new IllegalArgumentException("maxRatings must be positive, not " + maxRatings);
    }
  }

  /**
   * @return how much of a body too large the server reads and drops before it answers {@code 413}, so
   *     that the client, still sending, gets the answer: four times {@link #maxBodyBytes()}; past it,
   *     the connection is closed
   */
  public long maxDiscardedBytes() {
    return maxBodyBytes > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : 4 * maxBodyBytes;
  }

  /** @return the default limits */
  public static ServeLimits defaults() {
    return DEFAULTS;
  }

  /**
   * @param bytes the largest request body
   * @return these limits with that one changed
   */
  public ServeLimits withMaxBodyBytes(long bytes) {
    return new ServeLimits(bytes, idleTimeout, maxThreads, maxConnections, stopTimeout, maxRatings);
  }

  /**
   * @param timeout how long a connection may stay silent
   * @return these limits with that one changed
   */
  public ServeLimits withIdleTimeout(Duration timeout) {
    return new ServeLimits(maxBodyBytes, timeout, maxThreads, maxConnections, stopTimeout, maxRatings);
  }

  /**
   * @param threads the most worker threads
   * @return these limits with that one changed
   */
  public ServeLimits withMaxThreads(int threads) {
    return new ServeLimits(maxBodyBytes, idleTimeout, threads, maxConnections, stopTimeout, maxRatings);
  }

  /**
   * @param timeout how long the requests in flight may take to finish at shutdown
   * @return these limits with that one changed
   */
  public ServeLimits withStopTimeout(Duration timeout) {
    return new ServeLimits(maxBodyBytes, idleTimeout, maxThreads, maxConnections, timeout, maxRatings);
  }

  /**
   * @param ratings the most dossiers rated at once
   * @return these limits with that one changed
   */
  public ServeLimits withMaxRatings(int ratings) {
    return new ServeLimits(maxBodyBytes, idleTimeout, maxThreads, maxConnections, stopTimeout, ratings);
  }
}
