package dev.akhbar.app.bench;

import dev.akhbar.app.accounting.OutcomeWatcher;
import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.record.Outcome;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The processor's part of the latency run: reads the outcomes committed from now on, as a {@code
 * read_committed} consumer that asks the broker every {@value #FETCH_WAIT_MILLIS} ms at most, and
 * tells the {@link LatencyProbe} when each article's outcome became visible, which is when the
 * transaction that wrote its article or duplicate record committed.
 */
final class OutcomeProbe implements AutoCloseable {

  /** The longest a fetch waits for new records at the broker (Kafka's default is 500 ms). */
  static final int FETCH_WAIT_MILLIS = 10;

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final JsonSerde<Outcome> serde = JsonSerde.of(Outcome.class);
  private final Thread thread;

  /** Starts reading {@code outcomesTopic} from its current end. */
  OutcomeProbe(Map<String, Object> kafkaProperties, String outcomesTopic, LatencyProbe probe) {
    Map<String, Object> p = new HashMap<>(kafkaProperties);
    p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_WAIT_MILLIS);
    consumer = OutcomeWatcher.committedReader(p, outcomesTopic);
    Set<TopicPartition> partitions = consumer.assignment();
    consumer.seekToEnd(partitions);
    // Resolved now, before the first article is sent: a lazy seek could skip its outcome.
    partitions.forEach(consumer::position);
    thread = new Thread(() -> read(probe), "akhbar-bench-outcome-probe");
    thread.setDaemon(true);
    thread.start();
  }

  private void read(LatencyProbe probe) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
          probe.processed(serde.fromBytes(r.value()).articleId(), System.currentTimeMillis());
        }
      }
    } catch (WakeupException stopping) {
      // close() asked the loop to end
    }
  }

  @Override
  public void close() {
    consumer.wakeup();
    try {
      thread.join(Duration.ofSeconds(30).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    consumer.close();
  }
}
