package dev.akhbar.sink.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The records consumed but not yet written and committed, with the offsets to commit once they are:
 * the next offset of every partition they came from, dead letters and tombstones included.
 */
final class PendingBatch {

  /** A record to write, with where it came from. */
  record Entry(ConsumerRecord<byte[], byte[]> record, StoreWrite write) {}

  private final List<Entry> writes = new ArrayList<>();
  private final List<OutgoingDeadLetter> refused = new ArrayList<>();
  private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();
  private final Map<TopicPartition, Integer> recordsByPartition = new HashMap<>();
  private long firstAddedNanos;
  private int size;

  void addWrite(ConsumerRecord<byte[], byte[]> record, StoreWrite write) {
    writes.add(new Entry(record, write));
    track(record);
  }

  void addRefused(ConsumerRecord<byte[], byte[]> record, OutgoingDeadLetter letter) {
    refused.add(letter);
    track(record);
  }

  void addSkipped(ConsumerRecord<byte[], byte[]> record) {
    track(record);
  }

  private void track(ConsumerRecord<byte[], byte[]> record) {
    if (size == 0) {
      firstAddedNanos = System.nanoTime();
    }
    size++;
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    nextOffsets.merge(partition, record.offset() + 1, Math::max);
    recordsByPartition.merge(partition, 1, Integer::sum);
  }

  List<Entry> writes() {
    return writes;
  }

  List<OutgoingDeadLetter> refused() {
    return refused;
  }

  /** The offsets to commit once every record is written. */
  Map<TopicPartition, OffsetAndMetadata> offsets() {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    nextOffsets.forEach((p, next) -> offsets.put(p, new OffsetAndMetadata(next)));
    return offsets;
  }

  /** Every record consumed, whatever became of it. */
  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Nanoseconds since the first record of this batch was added. */
  long ageNanos() {
    return size == 0 ? 0 : System.nanoTime() - firstAddedNanos;
  }

  /**
   * Forgets the records of {@code partitions}, which this instance no longer owns: not committed,
   * they are delivered again to their new owner.
   */
  void drop(Collection<TopicPartition> partitions) {
    Set<TopicPartition> gone = new HashSet<>(partitions);
    writes.removeIf(
        e -> gone.contains(new TopicPartition(e.record().topic(), e.record().partition())));
    refused.removeIf(
        d -> gone.contains(new TopicPartition(d.letter().sourceTopic(), d.letter().partition())));
    for (TopicPartition p : gone) {
      nextOffsets.remove(p);
      Integer count = recordsByPartition.remove(p);
      if (count != null) {
        size -= count;
      }
    }
  }

  void clear() {
    writes.clear();
    refused.clear();
    nextOffsets.clear();
    recordsByPartition.clear();
    size = 0;
  }
}
