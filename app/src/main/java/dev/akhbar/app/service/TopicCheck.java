package dev.akhbar.app.service;

import dev.akhbar.app.config.ConfigKeys;
import dev.akhbar.app.config.StageSettings;
import dev.akhbar.common.kafka.TopicProvisioner;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The topics a service needs, made sure of before its stages start. When {@code
 * kafka.create-topics} allows, the contract topics are created with the configured partitions,
 * replication, {@code min.insync.replicas} and retention (the raw topic kept forever by default,
 * articles and duplicates compacted) and each stage creates its own (the processor's dedup inbox,
 * ingest's compacted sources and state topics). When it does not, every one of them must exist, and
 * the service stops with one message naming those that do not.
 */
public final class TopicCheck {

  private TopicCheck() {}

  /**
   * @param stageTopics topics the stages of this service need besides the contract's
   * @throws ServiceStartException when topics are missing and may not be created, or the cluster
   *     cannot be asked
   */
  public static void ensure(Admin admin, StageSettings settings, Collection<String> stageTopics) {
    List<NewTopic> contract = settings.topicSpecs().newTopics(settings.topics());
    if (settings.createTopics()) {
      try {
        TopicProvisioner.ensure(admin, contract, true);
      } catch (IllegalStateException e) {
        throw new ServiceStartException(e.getMessage(), e);
      }
      return;
    }
    Set<String> needed = new TreeSet<>(stageTopics);
    contract.forEach(t -> needed.add(t.name()));
    Set<String> existing = list(admin);
    List<String> missing = new ArrayList<>(needed);
    missing.removeAll(existing);
    if (!missing.isEmpty()) {
      throw new ServiceStartException(
          "missing topics "
              + String.join(", ", missing)
              + " and "
              + ConfigKeys.KAFKA_CREATE_TOPICS.path()
              + " is false: create them (partitions, replication and retention in"
              + " docs/operations.md, Topics) or set "
              + ConfigKeys.KAFKA_CREATE_TOPICS.environmentVariable()
              + "=true");
    }
  }

  private static Set<String> list(Admin admin) {
    try {
      return admin.listTopics().names().get(TopicProvisioner.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new ServiceStartException(
          "cannot list the topics of the cluster: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceStartException("interrupted while listing topics", e);
    }
  }
}
