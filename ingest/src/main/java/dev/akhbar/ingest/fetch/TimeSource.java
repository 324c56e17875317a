package dev.akhbar.ingest.fetch;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock and the sleeps of scheduling: politeness delays, retry back-off, poll intervals. Tests
 * replace it so that a 30-second crawl delay costs no real time. Socket time-outs are real I/O and
 * always use the real clock.
 */
public interface TimeSource {

  /** The current instant, for {@code fetched_at} and the fetch state. */
  Instant now();

  /** A monotonic reading in nanoseconds, for intervals. */
  long nanoTime();

  /** Waits for {@code duration}; nothing happens when it is zero or negative. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real clock. */
  static TimeSource system() {
    return SystemTime.INSTANCE;
  }

  /** The real clock, as an enum singleton. */
  enum SystemTime implements TimeSource {
    INSTANCE;

    @Override
    public Instant now() {
      return Instant.now();
    }

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
      }
    }
  }
}
