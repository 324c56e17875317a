package dev.akhbar.processor;

import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.json.JsonSerde;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One run of the processor on the embedded broker, with its own topic prefix and application id:
 * send raw records, wait until every one has its outcome and the outputs are quiet, and read back
 * the final state per key as a compacted store (the sink) would hold it.
 */
final class PipelineRun implements AutoCloseable {

  private static final Duration OUTCOME_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration QUIET = Duration.ofSeconds(3);

  final ProcessorConfig config;
  final ProcessorService service;
  private final EmbeddedKafkaBroker broker;

  PipelineRun(EmbeddedKafkaBroker broker, Path stateDir, int partitions, int threads) {
    this.broker = broker;
    String run = "t" + UUID.randomUUID().toString().substring(0, 8);
    this.config =
        ProcessorConfig.builder()
            .applicationId(run + "-processor")
            .topics(new Topics(run))
            .stateDir(stateDir)
            .partitions(partitions)
            .threads(threads)
            .bootstrapServers(broker.bootstrapServers())
            .build();
    this.service = new ProcessorService(config);
  }

  void start() throws InterruptedException {
    service.start();
    if (!service.awaitRunning(Duration.ofSeconds(90))) {
      throw new IllegalStateException("processor did not reach RUNNING: " + service.state());
    }
  }

  /** Sends the records in order, each keyed by its article id, one at a time (order kept). */
  void send(List<Stories.Raw> records) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      for (Stories.Raw r : records) {
        producer.send(
            new ProducerRecord<>(config.topics().raw(), TopologyHarness.idOf(r), r.bytes()));
      }
      producer.flush();
    }
  }

  /**
   * Waits for {@code expected} outcomes, then for the outputs to be quiet; returns the outcomes.
   */
  List<Outcome> awaitOutcomes(int expected) {
    List<Outcome> outcomes = new ArrayList<>();
    long deadline = System.nanoTime() + OUTCOME_TIMEOUT.toNanos();
    try (KafkaConsumer<String, byte[]> consumer = consumer(config.topics().outcomes())) {
      while (outcomes.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          outcomes.add(JsonSerde.of(Outcome.class).fromBytes(r.value()));
        }
      }
      // Anything more would be a second outcome for some record.
      for (ConsumerRecord<String, byte[]> r : consumer.poll(QUIET)) {
        outcomes.add(JsonSerde.of(Outcome.class).fromBytes(r.value()));
      }
    }
    return outcomes;
  }

  /** Final state per article id, as {@link FinalState} describes it. */
  Map<String, String> finalState() {
    List<Article> articles = new ArrayList<>();
    readAll(config.topics().articles())
        .forEach(r -> articles.add(JsonSerde.of(Article.class).fromBytes(r.value())));
    List<Duplicate> duplicates = new ArrayList<>();
    readAll(config.topics().duplicates())
        .forEach(r -> duplicates.add(JsonSerde.of(Duplicate.class).fromBytes(r.value())));
    return FinalState.of(articles, duplicates);
  }

  /** Every record of a topic, read until it has been quiet for a while. */
  List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = consumer(topic)) {
      long quietSince = System.nanoTime();
      while (System.nanoTime() - quietSince < QUIET.toNanos()) {
        var batch = consumer.poll(Duration.ofMillis(200));
        if (!batch.isEmpty()) {
          batch.forEach(all::add);
          quietSince = System.nanoTime();
        }
      }
    }
    return all;
  }

  private KafkaConsumer<String, byte[]> consumer(String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(List.of(topic));
    return consumer;
  }

  @Override
  public void close() {
    service.close();
  }
}
