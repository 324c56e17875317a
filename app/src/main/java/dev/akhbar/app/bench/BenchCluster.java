package dev.akhbar.app.bench;

import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.kafka.TopicProvisioner;
import dev.akhbar.common.kafka.TopicSpecs;
import dev.akhbar.common.kafka.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;

/**
 * The broker a benchmark runs on: an embedded one in this JVM under {@code folder}, or a running
 * cluster given by {@code --bootstrap}. Every run uses topics of its own prefix, so that runs on a
 * shared cluster do not meet.
 */
final class BenchCluster implements AutoCloseable {

  private static final Duration LEADER_TIMEOUT = Duration.ofSeconds(60);

  private final EmbeddedKafkaBroker broker;
  private final String bootstrap;
  private final String runId = UUID.randomUUID().toString().substring(0, 8);

  private BenchCluster(EmbeddedKafkaBroker broker, String bootstrap) {
    this.broker = broker;
    this.bootstrap = bootstrap;
  }

  /** Uses {@code bootstrap}, or starts an embedded broker under {@code folder} when it is null. */
  static BenchCluster start(String bootstrap, Path folder) {
    if (bootstrap != null) {
      return new BenchCluster(null, bootstrap);
    }
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder(folder).build().start();
    return new BenchCluster(broker, broker.bootstrapServers());
  }

  String bootstrap() {
    return bootstrap;
  }

  boolean embedded() {
    return broker != null;
  }

  Map<String, Object> client() {
    Map<String, Object> p = new HashMap<>();
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return p;
  }

  /** A set of contract topics of this run, {@code bench-RUN-PURPOSE.*}, created now. */
  Topics topics(String purpose, int partitions) {
    Topics topics = new Topics("bench-" + runId + "-" + purpose);
    try (Admin admin = Admin.create(client())) {
      TopicProvisioner.ensure(admin, TopicSpecs.singleNode(partitions).newTopics(topics), true);
    }
    return topics;
  }

  /** A name unique to this run, for application and group ids. */
  String name(String purpose) {
    return "akhbar-bench-" + runId + "-" + purpose;
  }

  @Override
  public void close() {
    if (broker != null) {
      broker.close();
    }
  }
}
