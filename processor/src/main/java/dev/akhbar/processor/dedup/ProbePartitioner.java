package dev.akhbar.processor.dedup;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends an index probe to the partition its group names: the node grouped the bands and the content
 * hash by {@link DedupSettings#groupOf} and {@link DedupSettings#contentGroupOf}, which use the
 * same partition count as the probe topic.
 */
public final class ProbePartitioner implements StreamPartitioner<String, IndexProbe> {

  @Override
  public Optional<Set<Integer>> partitions(
      String topic, String key, IndexProbe probe, Headers headers, int partitions) {
    return Optional.of(Set.of(probe.group() % partitions));
  }

  /** Kafka requires this older form too; it answers the same. */
  @Override
  @SuppressWarnings("removal")
  public Optional<Set<Integer>> partitions(
      String topic, String key, IndexProbe probe, int partitions) {
    return Optional.of(Set.of(probe.group() % partitions));
  }
}
