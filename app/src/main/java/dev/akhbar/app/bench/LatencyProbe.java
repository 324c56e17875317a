package dev.akhbar.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * End-to-end latency as a reader of the store sees it: for each awaited article id, the time from
 * its {@code fetched_at} to the first poll of the store that finds its row (in {@code articles}, or
 * in {@code duplicates} for a copy). Polls every {@value #POLL_MILLIS} ms, so each figure is late
 * by at most that much plus the poll's own time.
 *
 * <p>Beside it, the processor's part: the time from {@code fetched_at} to the first sight of the
 * article's outcome by a {@code read_committed} reader ({@link #processed}), that is to the commit
 * of the transaction that also wrote its article or duplicate record. The rest is the sink's.
 */
final class LatencyProbe {

  static final long POLL_MILLIS = 10;

  /** Ids asked for in one query: primary-key lookups, so a poll costs the same at any size. */
  static final int IDS_PER_QUERY = 200;

  /** Article id → fetched_at in epoch milliseconds, for ids not seen yet. */
  private final Map<String, Long> awaited = new ConcurrentHashMap<>();

  /** Every id ever awaited: a refetch of a URL makes no new row, so only first arrivals count. */
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  private final List<Long> latencies = new ArrayList<>();

  /** Article id → fetched_at for every awaited id whose outcome has not been seen yet. */
  private final Map<String, Long> unprocessed = new ConcurrentHashMap<>();

  private final List<Long> processedLatencies = Collections.synchronizedList(new ArrayList<>());

  /** Awaits the row of {@code articleId}, fetched at {@code fetchedAtMillis}, if it is new. */
  void await(String articleId, long fetchedAtMillis) {
    if (known.add(articleId)) {
      awaited.put(articleId, fetchedAtMillis);
      unprocessed.put(articleId, fetchedAtMillis);
    }
  }

  /**
   * Notes that the committed outcome of {@code articleId} was read at {@code nowMillis}; only the
   * first outcome of an awaited id counts.
   */
  void processed(String articleId, long nowMillis) {
    Long fetched = articleId == null ? null : unprocessed.remove(articleId);
    if (fetched != null) {
      processedLatencies.add(nowMillis - fetched);
    }
  }

  /**
   * Waits until every awaited id's outcome was seen or {@code deadlineNanos} passes: a row can be
   * found a moment before the outcome reader's next poll sees the outcome committed before it.
   */
  void awaitProcessed(long deadlineNanos) throws InterruptedException {
    while (!unprocessed.isEmpty() && System.nanoTime() < deadlineNanos) {
      Thread.sleep(POLL_MILLIS);
    }
  }

  /** Awaited ids whose outcome was seen. */
  int processedSamples() {
    return processedLatencies.size();
  }

  /** The {@code q}-quantile of fetch-to-outcome latencies in milliseconds, 0 when none. */
  double processedQuantile(double q) {
    synchronized (processedLatencies) {
      return quantile(processedLatencies, q);
    }
  }

  /**
   * Polls until every awaited id has a row, the producer is done ({@code producing} false), or
   * {@code deadlineNanos} passes.
   *
   * @return how many awaited ids never showed up
   */
  int run(Connection connection, BooleanSupplier producing, long deadlineNanos)
      throws SQLException, InterruptedException {
    while (System.nanoTime() < deadlineNanos && (producing.getAsBoolean() || !awaited.isEmpty())) {
      List<String> ids = new ArrayList<>(awaited.keySet());
      for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
        for (String table : TABLES) {
          find(connection, table, chunk);
        }
      }
      Thread.sleep(POLL_MILLIS);
    }
    return awaited.size();
  }

  private static final List<String> TABLES = List.of("articles", "duplicates");

  private void find(Connection connection, String table, List<String> ids) throws SQLException {
    String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT article_id FROM " + table + " WHERE article_id IN (" + marks + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        query.setString(i + 1, ids.get(i));
      }
      try (ResultSet rs = query.executeQuery()) {
        long now = System.currentTimeMillis();
        while (rs.next()) {
          Long fetched = awaited.remove(rs.getString(1));
          if (fetched != null) {
            latencies.add(now - fetched);
          }
        }
      }
    }
  }

  int samples() {
    return latencies.size();
  }

  /** The {@code q}-quantile of the latencies in milliseconds (nearest rank), 0 when none. */
  double quantile(double q) {
    return quantile(latencies, q);
  }

  private static double quantile(List<Long> latencies, double q) {
    if (latencies.isEmpty()) {
      return 0;
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
