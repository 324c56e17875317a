package dev.akhbar.processor.dedup;

import java.time.Duration;

/**
 * The two clocks of dedup. Whether two articles are compared depends on what they state alone: two
 * dated articles (with a {@code published_at}) are compared when their event times are within the
 * window of each other; an undated one (without {@code published_at}: a print page, a page that
 * shows no date) is compared with everything the indexes hold, whatever its {@code fetched_at},
 * because when it was fetched says nothing about when its story was published. How long an entry
 * stays in the indexes and node stores depends on the <b>processing clock</b>: one window after it
 * was filed. So an article from years ago and one fetched today never push each other out of the
 * state (which an event-time expiry, driven by the newest event time seen, did), and the pairs that
 * are compared never depend on what else arrived or in which order.
 */
final class Windows {

  private Windows() {}

  /** Whether an article has no {@code published_at}: compared with everything. */
  static boolean undated(SortKey key) {
    return key.publishedAt() == null;
  }

  /**
   * Whether two articles are compared: either one undated, or their event times (which are their
   * {@code published_at} when they are dated) within the window of each other. Symmetric, so the
   * pairs compared do not depend on which of the two arrives first.
   */
  static boolean compared(
      SortKey key, long eventTime, SortKey otherKey, long otherEventTime, Duration window) {
    if (undated(key) || undated(otherKey)) {
      return true;
    }
    return Math.abs(eventTime - otherEventTime) <= window.toMillis();
  }

  /** The earliest filing time (processing clock) still held at {@code now}. */
  static long keptSince(long now, Duration window) {
    return Math.max(0, now - window.toMillis());
  }
}
