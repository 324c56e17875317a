package dev.akhbar.common.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Topics once the cluster is ready to serve them. {@code createTopics} returns when the controller
 * has created a topic, before every broker knows it: for a moment a description is answered with
 * UNKNOWN_TOPIC_OR_PARTITION, or shows partitions without a leader, and a producer started then is
 * told NOT_LEADER_OR_FOLLOWER. Clients retry through both, but a service that checks its topics at
 * start, and a test that describes them, must wait.
 */
public final class ReadyTopics {

  /** Wait between two looks at the cluster's metadata. */
  static final Duration RETRY = Duration.ofMillis(50);

  private ReadyTopics() {}

  /**
   * The descriptions of {@code names}, once the cluster knows every one of them and every partition
   * has a leader.
   *
   * @throws IllegalStateException when that is not so within {@code timeout}, naming what is not
   *     ready, or when the cluster cannot be asked
   * @throws InterruptedException when interrupted while waiting
   */
  public static Map<String, TopicDescription> describe(
      Admin admin, Collection<String> names, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String notReady;
      try {
        Map<String, TopicDescription> described =
            admin
                .describeTopics(names)
                .allTopicNames()
                .get(Math.max(1, remainingMillis(deadline)), TimeUnit.MILLISECONDS);
        notReady = leaderless(described);
        if (notReady == null) {
          return described;
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw new IllegalStateException(
              "cannot describe topics " + names + ": " + e.getCause().getMessage(), e.getCause());
        }
        notReady = "not every one of " + names + " is known to the cluster yet";
      } catch (TimeoutException e) {
        notReady = "the cluster did not answer a description of " + names;
      }
      if (remainingMillis(deadline) <= 0) {
        throw new IllegalStateException(
            "topics not ready after " + timeout.toMillis() + " ms: " + notReady);
      }
      Thread.sleep(Math.min(RETRY.toMillis(), Math.max(1, remainingMillis(deadline))));
    }
  }

  /** The first partition without a leader, named, or null when every one has a leader. */
  private static String leaderless(Map<String, TopicDescription> described) {
    for (TopicDescription topic : described.values()) {
      for (var partition : topic.partitions()) {
        if (partition.leader() == null || partition.leader().isEmpty()) {
          return "partition " + partition.partition() + " of " + topic.name() + " has no leader";
        }
      }
    }
    return null;
  }

  private static long remainingMillis(long deadline) {
    return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
  }
}
