package dev.akhbar.ingest.publish;

import dev.akhbar.common.kafka.KeyPartition;

/**
 * Which partition of the sources topic a source lives in: the producer's own choice for a keyed
 * record (murmur2 of the key). The state topic has the same partition count and each URL's state
 * goes to its source's partition, so an instance that is assigned a sources partition loads exactly
 * the state of the sources it now polls.
 */
public final class SourcePartitions {

  private SourcePartitions() {}

  public static int of(String sourceId, int partitions) {
    return KeyPartition.of(sourceId, partitions);
  }
}
