package dev.akhbar.sink.internal;

import dev.akhbar.sink.SinkConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The sink's Kafka clients, with the settings its guarantees rest on. */
public final class KafkaClients {

  /** Bytes per partition per fetch: a full default batch of articles from one partition. */
  static final int PARTITION_FETCH_BYTES = 8 * 1024 * 1024;

  private KafkaClients() {}

  public static KafkaConsumer<byte[], byte[]> consumer(SinkConfig config) {
    Map<String, Object> p = new HashMap<>();
    // A new group stores the topics' history, not only what arrives from now on.
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // One poll brings at most one batch.
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.batchSize());
    // An article record is about 10-15 KB of JSON (body, display and match forms): the default
    // 1 MB per partition and fetch holds fewer than a hundred, so a backlog would fill a batch in
    // several round trips and the linger would cut it short.
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, PARTITION_FETCH_BYTES);
    p.putAll(config.kafkaProperties());
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
    // Offsets are committed by the sink, only after the database transaction has committed.
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // The processor writes with exactly-once: read only what its transactions committed.
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    // Records are decoded by the sink, so that a bad one becomes a dead letter, not an exception.
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return new KafkaConsumer<>(p);
  }

  /** The producer of the sink's dead letters. */
  public static KafkaProducer<byte[], byte[]> deadLetterProducer(SinkConfig config) {
    Map<String, Object> p = new HashMap<>();
    p.putAll(producerSettings(config.kafkaProperties()));
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    // A dead letter replaces a record whose offset is then committed: it must not be lost.
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaProducer<>(p);
  }

  /** The passed-through settings a producer knows (security, client id …), not consumer ones. */
  private static Map<String, String> producerSettings(Map<String, String> properties) {
    Map<String, String> settings = new HashMap<>();
    properties.forEach(
        (key, value) -> {
          if (ProducerConfig.configNames().contains(key)) {
            settings.put(key, value);
          }
        });
    return settings;
  }
}
