package dev.akhbar.app.bench;

import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.kafka.TopicProvisioner;
import dev.akhbar.common.kafka.TopicSpecs;
import dev.akhbar.common.kafka.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

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

  /**
   * Produces {@code records} to {@code topic} with the pipeline publisher's settings and waits
   * until every one is acknowledged; fails on any record the broker refused.
   */
  void publish(String clientId, String topic, List<BenchRecord> records) {
    try (KafkaProducer<byte[], byte[]> producer = RawLimit.producer(client(), clientId)) {
      SendFailures failures = new SendFailures();
      for (BenchRecord r : records) {
        producer.send(new ProducerRecord<>(topic, r.key(), r.value()), failures);
      }
      producer.flush();
      failures.check(topic);
    }
  }

  /** A set of contract topics of this run, {@code bench-RUN-PURPOSE.*}, created now. */
  Topics topics(String purpose, int partitions) {
    Topics topics = new Topics("bench-" + runId + "-" + purpose);
    try (Admin admin = Admin.create(client())) {
      TopicProvisioner.ensure(admin, TopicSpecs.singleNode(partitions).newTopics(topics), true);
    }
    awaitLeaders(topics);
    return topics;
  }

  /**
   * Waits until every partition of {@code topics} has a leader that serves it: a producer that
   * starts before spends the measured time retrying NOT_LEADER_OR_FOLLOWER (and an idempotent one
   * may then fail its batches with OUT_OF_ORDER_SEQUENCE_NUMBER).
   */
  private void awaitLeaders(Topics topics) {
    long deadline = System.nanoTime() + LEADER_TIMEOUT.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(client(), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      for (String topic : topics.all()) {
        while (true) {
          List<PartitionInfo> partitions = consumer.partitionsFor(topic);
          boolean led =
              !partitions.isEmpty()
                  && partitions.stream().allMatch(p -> p.leader() != null && p.leader().id() >= 0);
          if (led) {
            // Metadata can name a leader before the leader serves the partition: ListOffsets
            // answered by every leader is the sign that produce requests will be too.
            consumer.endOffsets(
                partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList(),
                LEADER_TIMEOUT);
            break;
          }
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException(
                "topic " + topic + " has no leader after " + LEADER_TIMEOUT);
          }
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
          }
        }
      }
    }
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
