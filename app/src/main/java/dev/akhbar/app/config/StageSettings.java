package dev.akhbar.app.config;

import static dev.akhbar.app.config.ConfigKeys.*;

import dev.akhbar.app.UsageException;
import dev.akhbar.common.config.EffectiveConfig;
import dev.akhbar.common.kafka.TopicSpecs;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.ingest.IngestConfig;
import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.intake.NonArabicPolicy;
import dev.akhbar.sink.SinkConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Each stage's own validated config, built from the effective configuration. A value a stage
 * refuses (a reserved Kafka property, an inconsistent pair) is a usage error naming the stage.
 */
public record StageSettings(EffectiveConfig config) {

  public StageSettings {
    Objects.requireNonNull(config, "config");
  }

  public Topics topics() {
    return build("topics", () -> new Topics(config.expect(TOPICS_PREFIX)));
  }

  public String bootstrapServers() {
    return config.expect(KAFKA_BOOTSTRAP_SERVERS);
  }

  /** The pass-through Kafka properties with the bootstrap servers: for admin and plain clients. */
  public Map<String, String> clientProperties() {
    Map<String, String> p = new LinkedHashMap<>(config.properties(KAFKA_PROPERTIES));
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return p;
  }

  public boolean createTopics() {
    return config.expect(KAFKA_CREATE_TOPICS);
  }

  /** How the contract topics are created. */
  public TopicSpecs topicSpecs() {
    return build(
        "topics",
        () ->
            new TopicSpecs(
                config.expect(TOPICS_PARTITIONS),
                config.expect(TOPICS_REPLICATION_FACTOR).shortValue(),
                config.expect(TOPICS_MIN_INSYNC_REPLICAS),
                config.expect(TOPICS_RAW_RETENTION).orElse(null)));
  }

  public Duration shutdownTimeout() {
    return config.expect(SERVICE_SHUTDOWN_TIMEOUT);
  }

  public ProcessorConfig processor() {
    return build(
        "processor",
        () -> {
          Map<String, String> kafka = new HashMap<>(clientProperties());
          kafka.putIfAbsent(
              StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG,
              String.valueOf(config.expect(PROCESSOR_STANDBY_REPLICAS)));
          return ProcessorConfig.builder()
              .applicationId(config.expect(PROCESSOR_APPLICATION_ID))
              .topics(topics())
              .stateDir(Path.of(config.expect(PROCESSOR_STATE_DIR)))
              .threads(config.expect(PROCESSOR_THREADS))
              .partitions(config.expect(TOPICS_PARTITIONS))
              .replicationFactor(config.expect(TOPICS_REPLICATION_FACTOR).shortValue())
              .createTopics(createTopics())
              .dedupWindow(config.expect(PROCESSOR_DEDUP_WINDOW))
              .similarityThreshold(config.expect(PROCESSOR_SIMILARITY_THRESHOLD))
              .minBodyLetters(config.expect(PROCESSOR_MIN_BODY_LETTERS))
              .nonArabicPolicy(
                  NonArabicPolicy.valueOf(
                      config.expect(PROCESSOR_NON_ARABIC).toUpperCase(Locale.ROOT)))
              .rocksDbMemoryBytes(config.expect(PROCESSOR_ROCKSDB_MEMORY))
              .kafka(kafka)
              .build();
        });
  }

  public SinkConfig sink() {
    return build(
        "sink",
        () ->
            SinkConfig.defaults(bootstrapServers())
                .withTopics(topics())
                .withGroupId(config.expect(SINK_GROUP_ID))
                .withBatchSize(config.expect(SINK_BATCH_SIZE))
                .withLinger(config.expect(SINK_LINGER))
                .withCloseTimeout(shutdownTimeout())
                .withKafkaProperties(config.properties(KAFKA_PROPERTIES)));
  }

  public StoreLocation storeLocation() {
    try {
      return StoreLocation.parse(config.expect(STORE_URL));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e); // already names the store and the forms
    }
  }

  /**
   * The store credentials as the variables {@code Store.open} completes a location from, so that a
   * user or password in the config file counts like one in the environment.
   */
  public Map<String, String> storeEnvironment(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    config.find(STORE_USER).ifPresent(v -> env.put(STORE_USER.environmentVariable(), v));
    config.find(STORE_PASSWORD).ifPresent(v -> env.put(STORE_PASSWORD.environmentVariable(), v));
    config
        .find(STORE_PASSWORD_FILE)
        .ifPresent(v -> env.put(STORE_PASSWORD_FILE.environmentVariable(), v));
    return env;
  }

  /** Ingest's config; the caller adds the sources. */
  public IngestConfig ingest() {
    return build(
        "ingest",
        () ->
            IngestConfig.builder()
                .topics(topics())
                .kafka(clientProperties())
                .groupId(config.expect(INGEST_GROUP_ID))
                .userAgent(config.expect(INGEST_USER_AGENT))
                .allowPrivateAddresses(config.expect(INGEST_ALLOW_PRIVATE_ADDRESSES))
                .keepHtml(config.expect(INGEST_KEEP_HTML))
                .rawPartitions(config.expect(TOPICS_PARTITIONS))
                .replicationFactor(config.expect(TOPICS_REPLICATION_FACTOR).shortValue())
                .closeTimeout(shutdownTimeout())
                .build());
  }

  private static <T> T build(String what, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException("invalid " + what + " configuration: " + e.getMessage(), e);
    }
  }
}
