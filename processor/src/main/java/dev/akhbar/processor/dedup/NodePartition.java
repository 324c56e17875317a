package dev.akhbar.processor.dedup;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * The partition of the dedup inbox, and so of the task, that holds an article's node: where Kafka's
 * default partitioner puts a record keyed by the article id, as Kafka Streams writes the inbox.
 */
public final class NodePartition {

  private NodePartition() {}

  /** The inbox partition of node {@code articleId} when the inbox has {@code partitions}. */
  public static int of(String articleId, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
    byte[] key = articleId.getBytes(StandardCharsets.UTF_8);
    return Utils.toPositive(Utils.murmur2(key)) % partitions;
  }
}
