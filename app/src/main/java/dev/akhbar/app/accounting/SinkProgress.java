package dev.akhbar.app.accounting;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Whether a consumer group has committed every committed record of its topics. On topics written
 * with transactions the last offsets of a partition are transaction markers, which a consumer
 * commits past only when it happens to read them; so the target is the offset after the last
 * <em>data</em> record of each partition, found by reading the tail with {@code read_committed}.
 */
public final class SinkProgress {

  private static final long REQUEST_SECONDS = 30;
  private static final long TAIL_STEP = 64;
  private static final Duration POLL = Duration.ofMillis(200);

  /** How long the topics must stay unchanged to count as quiet: several Streams commits. */
  static final Duration QUIET = Duration.ofSeconds(2);

  private final Admin admin;
  private final Map<String, Object> clientProperties;

  public SinkProgress(Admin admin, Map<String, Object> clientProperties) {
    this.admin = admin;
    this.clientProperties = clientProperties;
  }

  /**
   * Waits until {@code groupId} has committed, on every partition of {@code topics}, the offset
   * after the partition's last data record. Call it when no more records are being written.
   *
   * @return false if {@code timeout} passed first
   */
  public boolean awaitCaughtUp(String groupId, Collection<String> topics, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<TopicPartition, Long> targets = dataEnds(topics);
    while (System.nanoTime() < deadline) {
      if (behind(groupId, targets) == 0) {
        // The processor may still write records that follow from decisions already counted (a
        // copy re-pointed to a new original): done only when the topics stay as they were.
        Thread.sleep(QUIET.toMillis());
        Map<TopicPartition, Long> again = dataEnds(topics);
        if (again.equals(targets)) {
          return true;
        }
        targets = again;
      } else {
        Thread.sleep(200);
      }
    }
    return false;
  }

  /** Records of {@code targets} that {@code groupId} has not committed. */
  long behind(String groupId, Map<TopicPartition, Long> targets) {
    Map<TopicPartition, OffsetAndMetadata> committed;
    try {
      committed =
          admin
              .listConsumerGroupOffsets(groupId)
              .partitionsToOffsetAndMetadata()
              .get(REQUEST_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the offsets of group " + groupId, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    long behind = 0;
    for (Map.Entry<TopicPartition, Long> target : targets.entrySet()) {
      OffsetAndMetadata c = committed.get(target.getKey());
      behind += Math.max(0, target.getValue() - (c == null ? 0 : c.offset()));
    }
    return behind;
  }

  /** For each partition, the offset after its last committed data record (0 when it has none). */
  Map<TopicPartition, Long> dataEnds(Collection<String> topics) {
    Map<String, Object> p = new HashMap<>(clientProperties);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.remove(ConsumerConfig.GROUP_ID_CONFIG);
    Map<TopicPartition, Long> ends = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      for (String topic : topics) {
        for (var info : consumer.partitionsFor(topic)) {
          TopicPartition tp = new TopicPartition(topic, info.partition());
          ends.put(tp, lastDataEnd(consumer, tp));
        }
      }
    }
    return ends;
  }

  private static long lastDataEnd(KafkaConsumer<byte[], byte[]> consumer, TopicPartition tp) {
    consumer.assign(List.of(tp));
    long end = consumer.endOffsets(List.of(tp)).get(tp);
    long from = end;
    while (from > 0) {
      from = Math.max(0, from - TAIL_STEP);
      consumer.seek(tp, from);
      long last = -1;
      long deadline = System.nanoTime() + Duration.ofSeconds(REQUEST_SECONDS).toNanos();
      while (consumer.position(tp) < end && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
          last = Math.max(last, r.offset());
        }
      }
      if (last >= 0) {
        return last + 1;
      }
    }
    return 0;
  }
}
