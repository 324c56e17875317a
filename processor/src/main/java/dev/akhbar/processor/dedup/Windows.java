package dev.akhbar.processor.dedup;

import java.time.Duration;

/**
 * The event-time range within which two articles are compared, saturating at the ends of time. An
 * undated article (negative event time: neither published nor fetched time is known) is compared
 * with everything the index still holds.
 */
final class Windows {

  private Windows() {}

  static boolean undated(long eventTime) {
    return eventTime < 0;
  }

  static long from(long eventTime, Duration window) {
    return undated(eventTime) ? 0 : Math.max(0, eventTime - window.toMillis());
  }

  static long to(long eventTime, Duration window) {
    if (undated(eventTime)) {
      return Long.MAX_VALUE;
    }
    long to = eventTime + window.toMillis();
    return to < eventTime ? Long.MAX_VALUE : to;
  }
}
