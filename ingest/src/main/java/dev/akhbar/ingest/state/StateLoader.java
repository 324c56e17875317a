package dev.akhbar.ingest.state;

import dev.akhbar.common.json.JsonSerde;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads partitions of the compacted state topic from the beginning to their current end into {@link
 * FetchStates}: the last record of a URL wins, a tombstone forgets it. No consumer group: the
 * partitions are assigned directly.
 */
public final class StateLoader {

  private static final Logger LOG = LoggerFactory.getLogger(StateLoader.class);
  private static final JsonSerde<FetchState> STATE = JsonSerde.of(FetchState.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private StateLoader() {}

  /**
   * Loads {@code partitions} of {@code topic}.
   *
   * @return the number of records read
   */
  public static long load(
      Map<String, String> kafka, String topic, Collection<Integer> partitions, FetchStates states) {
    if (partitions.isEmpty()) {
      return 0;
    }
    Map<String, Object> props = new HashMap<>(kafka);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    List<TopicPartition> tps = partitions.stream().map(p -> new TopicPartition(topic, p)).toList();
    long read = 0;
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
      consumer.assign(tps);
      consumer.seekToBeginning(tps);
      Map<TopicPartition, Long> end = consumer.endOffsets(tps);
      while (!reachedEnd(consumer, end)) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(POLL)) {
          read++;
          if (r.key() == null) {
            continue;
          }
          if (r.value() == null) {
            states.forget(r.key());
            continue;
          }
          try {
            states.restore(STATE.fromBytes(r.value()));
          } catch (SerializationException e) {
            LOG.warn("skipping unreadable state record {} at offset {}", r.key(), r.offset());
          }
        }
      }
    }
    return read;
  }

  private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }
}
