package dev.akhbar.processor;

import dev.akhbar.common.kafka.ReadyTopics;
import dev.akhbar.common.kafka.TopicProvisioner;
import dev.akhbar.common.kafka.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Creates the topics the processor reads and writes when they are missing, with the contract's
 * retention (docs/contract.md), waits until the cluster serves them all, and checks that the dedup
 * inbox has the partition count the dedup state was built for.
 */
final class TopicSetup {

  static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final long DAY_MS = Duration.ofDays(1).toMillis();

  private TopicSetup() {}

  static void ensure(ProcessorConfig config) throws InterruptedException {
    Properties admin = new Properties();
    admin.putAll(config.kafka());
    try (Admin client = Admin.create(admin)) {
      List<NewTopic> wanted = wanted(config);
      TopicProvisioner.ensure(client, wanted, true);
      String inbox = ProcessorTopology.inboxTopic(config.applicationId());
      // The processor starts at once: every topic it reads or writes must be served by then.
      TopicDescription description =
          ReadyTopics.describe(client, wanted.stream().map(NewTopic::name).toList(), TIMEOUT)
              .get(inbox);
      if (description.partitions().size() != config.partitions()) {
        throw new IllegalStateException(
            "topic "
                + inbox
                + " has "
                + description.partitions().size()
                + " partitions but partitions is "
                + config.partitions()
                + ": dedup state is placed by partition count; reset the application to change it");
      }
    }
  }

  private static List<NewTopic> wanted(ProcessorConfig config) {
    Topics t = config.topics();
    int p = config.partitions();
    short r = config.replicationFactor();
    List<NewTopic> topics = new ArrayList<>();
    topics.add(topic(t.raw(), p, r, Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
    topics.add(topic(t.articles(), p, r, compactedFor(30)));
    topics.add(topic(t.duplicates(), p, r, compactedFor(30)));
    topics.add(topic(t.rejected(), p, r, deletedAfter(30)));
    topics.add(topic(t.deadLetters(), p, r, deletedAfter(30)));
    topics.add(topic(t.outcomes(), p, r, deletedAfter(7)));
    // The inbox holds messages between articles that are in flight; a week covers any outage.
    topics.add(topic(ProcessorTopology.inboxTopic(config.applicationId()), p, r, deletedAfter(7)));
    return topics;
  }

  private static Map<String, String> compactedFor(int days) {
    return Map.of(
        TopicConfig.CLEANUP_POLICY_CONFIG,
        TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE,
        TopicConfig.RETENTION_MS_CONFIG,
        Long.toString(days * DAY_MS));
  }

  private static Map<String, String> deletedAfter(int days) {
    return Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(days * DAY_MS));
  }

  private static NewTopic topic(
      String name, int partitions, short replication, Map<String, String> configs) {
    return new NewTopic(name, partitions, replication).configs(configs);
  }
}
