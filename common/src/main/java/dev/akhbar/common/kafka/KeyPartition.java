package dev.akhbar.common.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * The partition Kafka's default partitioner gives a record keyed by a string (murmur2 of its UTF-8
 * bytes), as a plain producer and Kafka Streams both write it: for a stage that must know, before
 * anything is written, which partition a key lives in.
 */
public final class KeyPartition {

  private KeyPartition() {}

  /** The partition of {@code key} in a topic of {@code partitions} partitions. */
  public static int of(String key, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    return Utils.toPositive(Utils.murmur2(bytes)) % partitions;
  }
}
