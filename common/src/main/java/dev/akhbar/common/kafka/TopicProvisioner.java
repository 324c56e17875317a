package dev.akhbar.common.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Makes sure the topics a service needs exist before it starts: creates the missing ones when
 * creation is allowed, and waits until the cluster serves them ({@link ReadyTopics}); otherwise
 * fails with a message that names them.
 */
public final class TopicProvisioner {

  /** How long to wait for the cluster to list or create topics. */
  public static final long TIMEOUT_SECONDS = 60;

  private TopicProvisioner() {}

  /**
   * Ensures {@code needed} exist.
   *
   * @param createAllowed whether missing topics may be created with their specs
   * @throws IllegalStateException when a topic is missing and may not be created, or the cluster
   *     cannot be reached
   */
  public static void ensure(Admin admin, Collection<NewTopic> needed, boolean createAllowed) {
    try {
      Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      List<NewTopic> missing = needed.stream().filter(t -> !existing.contains(t.name())).toList();
      if (missing.isEmpty()) {
        return;
      }
      if (!createAllowed) {
        throw new IllegalStateException(
            "missing topics "
                + missing.stream().map(NewTopic::name).toList()
                + " and topic creation is not allowed (kafka.create-topics=false): create them"
                + " with the settings in docs/contract.md, or allow creation");
      }
      try {
        admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e; // another instance creating the same topics at the same time is fine
        }
      }
      // Created is not yet served: whoever runs next may describe the topics or produce to them.
      ReadyTopics.describe(
          admin,
          missing.stream().map(NewTopic::name).toList(),
          Duration.ofSeconds(TIMEOUT_SECONDS));
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot list or create topics: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }
}
