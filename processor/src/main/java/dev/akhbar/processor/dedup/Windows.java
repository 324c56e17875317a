package dev.akhbar.processor.dedup;

import java.time.Duration;

/**
 * The two clocks of dedup. Whether two articles are compared depends on their <b>event times</b>
 * alone: within the window of each other, or either one undated (negative event time: neither
 * published nor fetched time is known), which is compared with everything. How long an entry stays
 * in the indexes and node stores depends on the <b>processing clock</b>: one window after it was
 * filed. So an article from years ago and one fetched today never push each other out of the state
 * (which an event-time expiry, driven by the newest event time seen, did), and the pairs that are
 * compared never depend on what else arrived or in which order.
 */
final class Windows {

  private Windows() {}

  static boolean undated(long eventTime) {
    return eventTime < 0;
  }

  /** Whether articles with these event times are compared. */
  static boolean within(long eventTime, long otherEventTime, Duration window) {
    if (undated(eventTime) || undated(otherEventTime)) {
      return true;
    }
    return Math.abs(eventTime - otherEventTime) <= window.toMillis();
  }

  /** The earliest filing time (processing clock) still held at {@code now}. */
  static long keptSince(long now, Duration window) {
    return Math.max(0, now - window.toMillis());
  }
}
