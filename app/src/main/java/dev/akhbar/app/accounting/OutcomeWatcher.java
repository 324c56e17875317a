package dev.akhbar.app.accounting;

import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.record.Outcome;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the committed outcome records from the beginning, without a consumer group, until a given
 * number of raw records have an outcome or time runs out.
 */
public final class OutcomeWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutcomeWatcher.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final JsonSerde<Outcome> serde = JsonSerde.of(Outcome.class);
  private final OutcomeTally tally = new OutcomeTally();

  public OutcomeWatcher(Map<String, Object> kafkaProperties, String outcomesTopic) {
    consumer = committedReader(kafkaProperties, outcomesTopic);
    consumer.seekToBeginning(consumer.assignment());
  }

  /**
   * A consumer without a group, assigned every partition of {@code outcomesTopic}, that reads only
   * committed outcomes: an aborted attempt is redone by the processor, so its outcomes never count.
   */
  public static KafkaConsumer<byte[], byte[]> committedReader(
      Map<String, Object> kafkaProperties, String outcomesTopic) {
    Map<String, Object> p = new HashMap<>(kafkaProperties);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.remove(ConsumerConfig.GROUP_ID_CONFIG);
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(outcomesTopic).stream()
            .map(info -> new TopicPartition(info.topic(), info.partition()))
            .toList();
    consumer.assign(partitions);
    return consumer;
  }

  /**
   * Reads outcomes until {@code expected} records have one, or {@code timeout} passes.
   *
   * @return the tally so far; {@code total() == expected} on success
   */
  public OutcomeTally awaitOutcomes(long expected, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
    while (tally.total() < expected && System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
        tally.add(serde.fromBytes(r.value()));
      }
      if (System.nanoTime() > nextProgress) {
        LOG.info("processed {} of {} raw records", tally.total(), expected);
        nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
      }
    }
    return tally;
  }

  @Override
  public void close() {
    consumer.close();
  }
}
