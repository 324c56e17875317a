package dev.akhbar.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when someone sleeps or the test advances it; sleeps are recorded. */
public final class FakeTime implements TimeSource {

  private final Instant start;
  private final AtomicLong nanos = new AtomicLong();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  public FakeTime(Instant start) {
    this.start = start;
  }

  public FakeTime() {
    this(Instant.parse("2024-03-05T12:00:00Z"));
  }

  @Override
  public Instant now() {
    return start.plusNanos(nanos.get());
  }

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public void sleep(Duration duration) {
    if (!duration.isNegative() && !duration.isZero()) {
      sleeps.add(duration);
      nanos.addAndGet(duration.toNanos());
    }
  }

  public void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  /** Every non-zero sleep, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
