package dev.akhbar.app.accounting;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a consumer group has committed everything that is committed on its topics: the sink is
 * caught up when its committed offsets reach the last stable offsets of the topics it reads.
 */
public final class ConsumerGroupProgress {

  private static final long REQUEST_SECONDS = 30;

  private final Admin admin;

  public ConsumerGroupProgress(Admin admin) {
    this.admin = admin;
  }

  /** Records of {@code topics} that {@code groupId} has not committed yet (its lag). */
  public long lag(String groupId, Collection<String> topics) {
    try {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      admin
          .describeTopics(topics)
          .allTopicNames()
          .get(REQUEST_SECONDS, TimeUnit.SECONDS)
          .forEach(
              (name, d) ->
                  d.partitions()
                      .forEach(
                          p ->
                              latest.put(
                                  new TopicPartition(name, p.partition()), OffsetSpec.latest())));
      var ends =
          admin
              .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
              .all()
              .get(REQUEST_SECONDS, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(groupId)
              .partitionsToOffsetAndMetadata()
              .get(REQUEST_SECONDS, TimeUnit.SECONDS);
      long lag = 0;
      for (var e : ends.entrySet()) {
        OffsetAndMetadata c = committed.get(e.getKey());
        long end = e.getValue().offset();
        lag += Math.max(0, end - (c == null ? 0 : c.offset()));
      }
      return lag;
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the progress of group " + groupId, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Waits until {@code groupId} has no lag on {@code topics}; false if {@code timeout} passes. */
  public boolean awaitCaughtUp(String groupId, Collection<String> topics, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (lag(groupId, topics) == 0) {
        return true;
      }
      Thread.sleep(200);
    }
    return lag(groupId, topics) == 0;
  }
}
