package dev.akhbar.ingest.publish;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * Which partition of the sources topic a source lives in: the producer's own choice for a keyed
 * record (murmur2 of the key). The state topic has the same partition count and each URL's state
 * goes to its source's partition, so an instance that is assigned a sources partition loads exactly
 * the state of the sources it now polls.
 */
public final class SourcePartitions {

  private SourcePartitions() {}

  public static int of(String sourceId, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
    byte[] key = sourceId.getBytes(StandardCharsets.UTF_8);
    return Utils.toPositive(Utils.murmur2(key)) % partitions;
  }
}
