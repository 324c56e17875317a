package dev.akhbar.app.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The broker's own limit for these records: they are produced to a topic with a plain producer (the
 * backfill publisher's settings: acks=all, idempotent, lz4, 20 ms linger, 256 KB batches) and
 * consumed back with a plain consumer, nothing else in between.
 */
public final class RawLimit {

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

  /**
   * The rates measured.
   *
   * @param produceRps records per second from the first send to the last acknowledgement
   * @param consumeRps records per second from the first poll to the last record
   * @param megabytes the records' values, in MB (10^6 bytes)
   */
  public record Rates(double produceRps, double consumeRps, double megabytes) {}

  private RawLimit() {}

  /** A producer with the settings of the pipeline's own publisher. */
  static KafkaProducer<byte[], byte[]> producer(Map<String, Object> client, String clientId) {
    Map<String, Object> p = new HashMap<>(client);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Produces {@code records} to {@code topic}, then reads them all back. */
  public static Rates measure(Map<String, Object> client, String topic, List<BenchRecord> records) {
    long bytes = 0;
    long start = System.nanoTime();
    try (KafkaProducer<byte[], byte[]> producer = producer(client, "akhbar-bench-limit")) {
      SendFailures failures = new SendFailures();
      for (BenchRecord r : records) {
        producer.send(new ProducerRecord<>(topic, r.key(), r.value()), failures);
        bytes += r.value().length;
      }
      producer.flush();
      failures.check(topic);
    }
    double produceSeconds = (System.nanoTime() - start) / 1e9;
    double consumeSeconds = consume(client, topic, records.size());
    return new Rates(records.size() / produceSeconds, records.size() / consumeSeconds, bytes / 1e6);
  }

  /** Seconds to read {@code expected} records of {@code topic} from the beginning. */
  private static double consume(Map<String, Object> client, String topic, long expected) {
    Map<String, Object> p = new HashMap<>(client);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "akhbar-bench-limit");
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long seen = 0;
      long start = System.nanoTime();
      long deadline = start + READ_TIMEOUT.toNanos();
      while (seen < expected && System.nanoTime() < deadline) {
        seen += consumer.poll(POLL).count();
      }
      if (seen < expected) {
        throw new IllegalStateException(
            "read back only " + seen + " of " + expected + " records of " + topic);
      }
      return (System.nanoTime() - start) / 1e9;
    }
  }
}
