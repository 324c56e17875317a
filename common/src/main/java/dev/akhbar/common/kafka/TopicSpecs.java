package dev.akhbar.common.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How each topic of the contract is created: partitions and replication from configuration,
 * retention and compaction from what the topic is for (see docs/contract.md).
 *
 * @param partitions partitions of every topic; the unit of parallelism of each stage
 * @param replicationFactor 1 on a dev broker, 3 in production
 * @param minInsyncReplicas 1 on a dev broker, 2 in production
 * @param rawRetention how long the raw topic keeps records; null keeps them forever (default)
 */
public record TopicSpecs(
    int partitions, short replicationFactor, int minInsyncReplicas, Duration rawRetention) {

  /** How long derived topics keep records: long enough to rebuild a store after an outage. */
  public static final Duration DERIVED_RETENTION = Duration.ofDays(30);

  /** How long the outcome audit trail is kept. */
  public static final Duration OUTCOME_RETENTION = Duration.ofDays(7);

  public TopicSpecs {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
    if (replicationFactor < 1) {
      throw new IllegalArgumentException(
          "replication factor must be at least 1, got " + replicationFactor);
    }
    if (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
      throw new IllegalArgumentException(
          "min.insync.replicas must be between 1 and the replication factor ("
              + replicationFactor
              + "), got "
              + minInsyncReplicas);
    }
  }

  /** A single dev broker: one replica, raw kept forever. */
  public static TopicSpecs singleNode(int partitions) {
    return new TopicSpecs(partitions, (short) 1, 1, null);
  }

  /** The topics of the contract with their settings. */
  public List<NewTopic> newTopics(Topics topics) {
    List<NewTopic> all = new ArrayList<>();
    all.add(topic(topics.raw(), rawRetention == null ? -1 : rawRetention.toMillis(), false));
    all.add(topic(topics.articles(), DERIVED_RETENTION.toMillis(), true));
    all.add(topic(topics.duplicates(), DERIVED_RETENTION.toMillis(), true));
    all.add(topic(topics.rejected(), DERIVED_RETENTION.toMillis(), false));
    all.add(topic(topics.deadLetters(), DERIVED_RETENTION.toMillis(), false));
    all.add(topic(topics.outcomes(), OUTCOME_RETENTION.toMillis(), false));
    return all;
  }

  private NewTopic topic(String name, long retentionMs, boolean compactToo) {
    return new NewTopic(name, partitions, replicationFactor)
        .configs(
            Map.of(
                TopicConfig.RETENTION_MS_CONFIG,
                String.valueOf(retentionMs),
                // Keyed topics whose latest value per key is the state: compact, and also delete
                // after the retention so that removed stories do not stay forever.
                TopicConfig.CLEANUP_POLICY_CONFIG,
                compactToo
                    ? TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE
                    : TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
                String.valueOf(minInsyncReplicas)));
  }
}
