package dev.akhbar.ingest.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When a failed request is tried again: on a time-out, a broken connection, 429, 500, 502, 503 and
 * 504. The wait is the server's {@code Retry-After} when it sends one, otherwise exponential
 * back-off with full jitter (a random wait between zero and {@code base × 2^(attempt-1)}, capped),
 * so that many crawlers failing together do not retry together.
 *
 * @param maxAttempts tries in all, the first included
 * @param backoffBase the cap of the first back-off
 * @param backoffMax the cap of any back-off
 * @param maxRetryAfter the longest {@code Retry-After} we wait for; a longer one ends the fetch
 *     with {@link FailureKind#RETRY_AFTER_TOO_LONG} and the URL is tried at the next poll
 */
public record RetryPolicy(
    int maxAttempts, Duration backoffBase, Duration backoffMax, Duration maxRetryAfter) {

  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofSeconds(1);
  public static final Duration DEFAULT_BACKOFF_MAX = Duration.ofSeconds(30);
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(120);

  public RetryPolicy {
    FetchLimits.requireAtLeast(maxAttempts, 1, "maxAttempts");
    FetchLimits.requirePositive(backoffBase, "backoffBase");
    FetchLimits.requirePositive(backoffMax, "backoffMax");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException(
          "maxRetryAfter must not be negative, got " + maxRetryAfter);
    }
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(
        DEFAULT_MAX_ATTEMPTS, DEFAULT_BACKOFF_BASE, DEFAULT_BACKOFF_MAX, DEFAULT_MAX_RETRY_AFTER);
  }

  public RetryPolicy withMaxAttempts(int value) {
    return new RetryPolicy(value, backoffBase, backoffMax, maxRetryAfter);
  }

  public RetryPolicy withBackoffBase(Duration value) {
    return new RetryPolicy(maxAttempts, value, backoffMax, maxRetryAfter);
  }

  public RetryPolicy withBackoffMax(Duration value) {
    return new RetryPolicy(maxAttempts, backoffBase, value, maxRetryAfter);
  }

  public RetryPolicy withMaxRetryAfter(Duration value) {
    return new RetryPolicy(maxAttempts, backoffBase, backoffMax, value);
  }

  /** Whether a response with this status is worth another try. */
  public static boolean isRetryable(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }

  /** The back-off before try number {@code attempt + 1}, after {@code attempt} failed tries. */
  public Duration backoff(int attempt, RandomGenerator random) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1, got " + attempt);
    }
    long baseMillis = backoffBase.toMillis();
    long cap = backoffMax.toMillis();
    int shift = Math.min(attempt - 1, 30);
    long ceiling = baseMillis > (cap >> shift) ? cap : Math.min(cap, baseMillis << shift);
    return Duration.ofMillis(random.nextLong(ceiling + 1));
  }
}
