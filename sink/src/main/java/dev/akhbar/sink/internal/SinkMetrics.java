package dev.akhbar.sink.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sink's meters. Prometheus shows {@code akhbar.sink.rows.written} as {@code
 * akhbar_sink_rows_written_total}.
 *
 * <ul>
 *   <li>{@code akhbar.sink.rows.written{table}}: rows inserted or updated
 *   <li>{@code akhbar.sink.records.unchanged}: records that changed no row (older or redelivered)
 *   <li>{@code akhbar.sink.batch.size}: records per committed batch
 *   <li>{@code akhbar.sink.batch.latency}: time to write a batch and commit its offsets
 *   <li>{@code akhbar.sink.consumer.lag}: records on the owned partitions not yet committed
 *   <li>{@code akhbar.sink.dead.letters{reason}}: records sent to the dead-letter topic
 *   <li>{@code akhbar.sink.dead.letters.dropped}: dead letters that could not be stored
 *   <li>{@code akhbar.sink.store.retries}: failed attempts to write a batch, retried after a wait
 *   <li>{@code akhbar.sink.store.available}: 1, or 0 while the store fails
 * </ul>
 */
public final class SinkMetrics {

  private final Counter articles;
  private final Counter duplicates;
  private final Counter rejected;
  private final Counter deadLetterRows;
  private final Counter unchanged;
  private final DistributionSummary batchSize;
  private final Timer batchLatency;
  private final Map<DeadLetterReason, Counter> deadLetters = new EnumMap<>(DeadLetterReason.class);
  private final Counter dropped;
  private final Counter retries;
  private final AtomicLong lag = new AtomicLong();
  private final AtomicLong available = new AtomicLong(1);

  public SinkMetrics(MeterRegistry registry) {
    articles = rows(registry, "articles");
    duplicates = rows(registry, "duplicates");
    rejected = rows(registry, "rejected");
    deadLetterRows = rows(registry, "dead_letters");
    unchanged =
        Counter.builder("akhbar.sink.records.unchanged")
            .description("Records that changed no row: older versions and redeliveries")
            .register(registry);
    batchSize =
        DistributionSummary.builder("akhbar.sink.batch.size")
            .description("Records per committed batch")
            .register(registry);
    batchLatency =
        Timer.builder("akhbar.sink.batch.latency")
            .description("Time to write a batch in one transaction and commit its offsets")
            .register(registry);
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      deadLetters.put(
          reason,
          Counter.builder("akhbar.sink.dead.letters")
              .description("Records the sink sent to the dead-letter topic instead of storing")
              .tag("reason", reason.tag())
              .register(registry));
    }
    dropped =
        Counter.builder("akhbar.sink.dead.letters.dropped")
            .description("Dead letters that could not be stored, logged and skipped")
            .register(registry);
    retries =
        Counter.builder("akhbar.sink.store.retries")
            .description("Failed attempts to write a batch, retried after a wait")
            .register(registry);
    Gauge.builder("akhbar.sink.consumer.lag", lag, AtomicLong::get)
        .description("Records on this instance's partitions not yet written and committed")
        .register(registry);
    Gauge.builder("akhbar.sink.store.available", available, AtomicLong::get)
        .description("1 when the store takes writes, 0 while the sink waits to retry")
        .register(registry);
  }

  private static Counter rows(MeterRegistry registry, String table) {
    return Counter.builder("akhbar.sink.rows.written")
        .description("Rows the sink inserted or updated")
        .tag("table", table)
        .register(registry);
  }

  void batchCommitted(int records, WriteCounts counts, Duration latency) {
    batchSize.record(records);
    batchLatency.record(latency);
    articles.increment(counts.articles());
    duplicates.increment(counts.duplicates());
    rejected.increment(counts.rejected());
    deadLetterRows.increment(counts.deadLetters());
    unchanged.increment(counts.unchanged());
  }

  void deadLetter(DeadLetterReason reason) {
    deadLetters.get(reason).increment();
  }

  void dropped(int count) {
    dropped.increment(count);
  }

  void retry() {
    retries.increment();
  }

  void storeAvailable(boolean isAvailable) {
    available.set(isAvailable ? 1 : 0);
  }

  void lag(long records) {
    lag.set(records);
  }
}
