package dev.akhbar.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SinkMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final SinkMetrics metrics = new SinkMetrics(registry);

  @Test
  void everyMeterIsDottedLowerCaseWithADescription() {
    assertThat(registry.getMeters()).isNotEmpty();
    for (Meter meter : registry.getMeters()) {
      assertThat(meter.getId().getName()).matches("akhbar\\.sink(\\.[a-z]+)+");
      assertThat(meter.getId().getDescription()).isNotBlank();
    }
    assertThat(registry.get("akhbar.sink.rows.written").counters()).hasSize(4);
    // No count unit: Prometheus shows akhbar_sink_consumer_lag, not
    // akhbar_sink_consumer_lag_records.
    assertThat(registry.get("akhbar.sink.consumer.lag").gauge().getId().getBaseUnit()).isNull();
    assertThat(registry.get("akhbar.sink.batch.size").summary().getId().getBaseUnit()).isNull();
  }

  @Test
  void countsACommittedBatchByTable() {
    metrics.batchCommitted(7, new WriteCounts(3, 1, 1, 1, 1), Duration.ofMillis(40));

    assertThat(registry.get("akhbar.sink.rows.written").tag("table", "articles").counter().count())
        .isEqualTo(3);
    assertThat(
            registry.get("akhbar.sink.rows.written").tag("table", "dead_letters").counter().count())
        .isEqualTo(1);
    assertThat(registry.get("akhbar.sink.records.unchanged").counter().count()).isEqualTo(1);
    assertThat(registry.get("akhbar.sink.batch.size").summary().totalAmount()).isEqualTo(7);
    assertThat(registry.get("akhbar.sink.batch.latency").timer().count()).isEqualTo(1);
  }

  @Test
  void countsDeadLettersByReasonAndShowsLagAndAvailability() {
    metrics.deadLetter(DeadLetterReason.UNWRITABLE);
    metrics.lag(42);
    metrics.storeAvailable(false);

    assertThat(
            registry.get("akhbar.sink.dead.letters").tag("reason", "unwritable").counter().count())
        .isEqualTo(1);
    assertThat(registry.get("akhbar.sink.dead.letters").tag("reason", "invalid").counter().count())
        .isZero();
    assertThat(registry.get("akhbar.sink.consumer.lag").gauge().value()).isEqualTo(42);
    assertThat(registry.get("akhbar.sink.store.available").gauge().value()).isZero();
  }
}
