package dev.akhbar.sink.internal;

import java.time.Duration;

/** Waits that double after each failure, from a first wait up to a cap; reset by a success. */
final class Backoff {

  private final Duration first;
  private final Duration max;
  private Duration next;

  Backoff(Duration first, Duration max) {
    this.first = first;
    this.max = max;
    this.next = first;
  }

  /** The wait before the next attempt; each call doubles the following one, up to the cap. */
  Duration next() {
    Duration wait = next;
    next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
    return wait;
  }

  void reset() {
    next = first;
  }
}
