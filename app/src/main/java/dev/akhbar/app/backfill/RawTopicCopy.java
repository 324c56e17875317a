package dev.akhbar.app.backfill;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a raw topic, as it is when the copy starts, to the raw topic of another pipeline (another
 * topic prefix): how history is replayed through today's rules into fresh dedup state and a fresh
 * store, while the running pipeline goes on. Keys and values are copied byte for byte; records
 * written after the start are left for the running pipeline.
 */
public final class RawTopicCopy {

  private static final Logger LOG = LoggerFactory.getLogger(RawTopicCopy.class);
  private static final Duration POLL = Duration.ofMillis(500);
  private static final long PROGRESS_EVERY = 50_000;

  private RawTopicCopy() {}

  /**
   * Copies {@code from} to {@code to}.
   *
   * @return records read and published (no dead letters: the bytes are not interpreted)
   * @throws IllegalArgumentException when {@code from} does not exist
   */
  public static BackfillResult copy(Map<String, Object> kafkaProperties, String from, String to) {
    Map<String, Object> c = new HashMap<>(kafkaProperties);
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    Map<String, Object> p = new HashMap<>(kafkaProperties);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    long copied = 0;
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      List<PartitionInfo> infos = consumer.partitionsFor(from);
      if (infos == null || infos.isEmpty()) {
        throw new IllegalArgumentException("no topic " + from);
      }
      List<TopicPartition> partitions =
          infos.stream().map(i -> new TopicPartition(from, i.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      while (!done(consumer, ends)) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
          if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
            producer.send(new ProducerRecord<>(to, null, r.timestamp(), r.key(), r.value()));
            if (++copied % PROGRESS_EVERY == 0) {
              LOG.info("copied {} records from {} to {}", copied, from, to);
            }
          }
        }
      }
      producer.flush();
    }
    LOG.info("copied {} records from {} to {}", copied, from, to);
    return new BackfillResult(copied, copied, 0);
  }

  private static boolean done(
      KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
    return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }
}
