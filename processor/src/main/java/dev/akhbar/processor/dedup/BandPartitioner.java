package dev.akhbar.processor.dedup;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends a band probe to the partition its group names: the node grouped the bands by {@link
 * DedupSettings#groupOf}, which uses the same partition count as the band topic.
 */
public final class BandPartitioner implements StreamPartitioner<String, BandProbe> {

  @Override
  public Optional<Set<Integer>> partitions(
      String topic, String key, BandProbe probe, Headers headers, int partitions) {
    return Optional.of(Set.of(probe.group() % partitions));
  }

  /** Kafka requires this older form too; it answers the same. */
  @Override
  @SuppressWarnings("removal")
  public Optional<Set<Integer>> partitions(
      String topic, String key, BandProbe probe, int partitions) {
    return Optional.of(Set.of(probe.group() % partitions));
  }
}
