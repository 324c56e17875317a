package dev.akhbar.ingest.publish;

import dev.akhbar.common.kafka.ReadyTopics;
import dev.akhbar.common.kafka.TopicProvisioner;
import dev.akhbar.ingest.IngestConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the topics ingest writes when they are missing, with their settings: the raw topic kept
 * forever (it is the system of record), the sources and state topics compacted, with the same
 * partition count (see {@link SourcePartitions}). Existing topics are left as they are.
 */
public final class TopicSetup {

  /** How long topic creation and description may take. */
  static final long ADMIN_TIMEOUT_SECONDS = 60;

  private TopicSetup() {}

  /**
   * Makes sure the topics exist.
   *
   * @return the partition count shared by the sources and state topics
   * @throws IllegalStateException when those two topics exist with different partition counts
   */
  public static int ensure(IngestConfig config) throws InterruptedException {
    Map<String, Object> props = new HashMap<>(config.kafka());
    try (Admin admin = Admin.create(props)) {
      Optional<Short> replication =
          config.replicationFactor() == 0
              ? Optional.empty()
              : Optional.of(config.replicationFactor());
      List<NewTopic> wanted = new ArrayList<>();
      wanted.add(
          new NewTopic(config.topics().raw(), Optional.of(config.rawPartitions()), replication)
              .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
      Map<String, String> compacted =
          Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
      wanted.add(
          new NewTopic(config.sourcesTopic(), Optional.of(config.sourcePartitions()), replication)
              .configs(compacted));
      wanted.add(
          new NewTopic(config.stateTopic(), Optional.of(config.sourcePartitions()), replication)
              .configs(compacted));
      TopicProvisioner.ensure(admin, wanted, true);
      Map<String, TopicDescription> described =
          ReadyTopics.describe(
              admin,
              List.of(config.sourcesTopic(), config.stateTopic()),
              Duration.ofSeconds(ADMIN_TIMEOUT_SECONDS));
      int sources = described.get(config.sourcesTopic()).partitions().size();
      int state = described.get(config.stateTopic()).partitions().size();
      if (sources != state) {
        throw new IllegalStateException(
            config.sourcesTopic()
                + " has "
                + sources
                + " partitions but "
                + config.stateTopic()
                + " has "
                + state
                + "; they must match");
      }
      return sources;
    }
  }
}
