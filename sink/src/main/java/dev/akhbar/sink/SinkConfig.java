package dev.akhbar.sink;

import dev.akhbar.common.kafka.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the sink consumes: immutable, validated when built. Start from {@link #defaults(String)} and
 * change what differs with the {@code with…} methods.
 *
 * @param bootstrapServers the Kafka brokers, {@code host:port[,host:port…]}
 * @param topics the topic names (their prefix)
 * @param groupId the consumer group; instances in one group share the partitions
 * @param batchSize records per database transaction, 1 to {@value #MAX_BATCH_SIZE}
 * @param linger how long a batch that is not full waits for more records, 0 to {@link #MAX_LINGER};
 *     the lower bound of the time from a record's arrival to its row
 * @param retryBackoff the first wait after the database fails; it doubles on each further failure
 * @param maxRetryBackoff the longest wait between two attempts while the database is down
 * @param closeTimeout how long {@link SinkService#close()} may take to finish the batch, commit and
 *     leave the group
 * @param kafkaProperties more consumer and producer settings (TLS, SASL, client id …), passed
 *     through; those the sink's guarantees rest on cannot be overridden
 */
public record SinkConfig(
    String bootstrapServers,
    Topics topics,
    String groupId,
    int batchSize,
    Duration linger,
    Duration retryBackoff,
    Duration maxRetryBackoff,
    Duration closeTimeout,
    Map<String, String> kafkaProperties) {

  public static final String DEFAULT_GROUP_ID = "akhbar-sink";

  /** Records per transaction: large enough to amortize the commit, small enough to redeliver. */
  public static final int DEFAULT_BATCH_SIZE = 500;

  public static final int MAX_BATCH_SIZE = 10_000;

  /**
   * Short against the end-to-end latency target (p99 under 2 s) and long enough to fill batches.
   */
  public static final Duration DEFAULT_LINGER = Duration.ofMillis(200);

  public static final Duration MAX_LINGER = Duration.ofSeconds(60);

  public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(500);

  public static final Duration DEFAULT_MAX_RETRY_BACKOFF = Duration.ofSeconds(30);

  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

  /** Settings the sink sets itself: offsets only after the database commit, committed reads. */
  static final Set<String> RESERVED_PROPERTIES =
      Set.of(
          "group.id",
          "enable.auto.commit",
          "isolation.level",
          "key.deserializer",
          "value.deserializer",
          "key.serializer",
          "value.serializer",
          "bootstrap.servers");

  public SinkConfig {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(linger, "linger");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(maxRetryBackoff, "maxRetryBackoff");
    Objects.requireNonNull(closeTimeout, "closeTimeout");
    Objects.requireNonNull(kafkaProperties, "kafkaProperties");
    if (bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("bootstrapServers must name at least one broker");
    }
    if (groupId.isBlank()) {
      throw new IllegalArgumentException("groupId must not be blank");
    }
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException(
          "batchSize must be from 1 to " + MAX_BATCH_SIZE + ", got " + batchSize);
    }
    if (linger.isNegative() || linger.compareTo(MAX_LINGER) > 0) {
      throw new IllegalArgumentException(
          "linger must be from 0 to "
              + MAX_LINGER.toSeconds()
              + " s, got "
              + linger.toMillis()
              + " ms");
    }
    if (retryBackoff.isNegative() || retryBackoff.isZero()) {
      throw new IllegalArgumentException("retryBackoff must be positive, got " + retryBackoff);
    }
    if (maxRetryBackoff.compareTo(retryBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxRetryBackoff must be at least retryBackoff ("
              + retryBackoff.toMillis()
              + " ms), got "
              + maxRetryBackoff.toMillis()
              + " ms");
    }
    if (closeTimeout.isNegative() || closeTimeout.isZero()) {
      throw new IllegalArgumentException("closeTimeout must be positive, got " + closeTimeout);
    }
    for (String key : kafkaProperties.keySet()) {
      if (RESERVED_PROPERTIES.contains(key.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "Kafka property '" + key + "' is set by the sink itself and cannot be passed through");
      }
    }
    kafkaProperties = Map.copyOf(kafkaProperties);
  }

  /** The defaults for the cluster at {@code bootstrapServers}, with the default topic names. */
  public static SinkConfig defaults(String bootstrapServers) {
    return new SinkConfig(
        bootstrapServers,
        Topics.defaults(),
        DEFAULT_GROUP_ID,
        DEFAULT_BATCH_SIZE,
        DEFAULT_LINGER,
        DEFAULT_RETRY_BACKOFF,
        DEFAULT_MAX_RETRY_BACKOFF,
        DEFAULT_CLOSE_TIMEOUT,
        Map.of());
  }

  /** The topics the sink reads: articles, duplicates, rejected, dead letters. */
  public List<String> inputTopics() {
    return List.of(topics.articles(), topics.duplicates(), topics.rejected(), topics.deadLetters());
  }

  public SinkConfig withTopics(Topics value) {
    return new SinkConfig(
        bootstrapServers,
        value,
        groupId,
        batchSize,
        linger,
        retryBackoff,
        maxRetryBackoff,
        closeTimeout,
        kafkaProperties);
  }

  public SinkConfig withGroupId(String value) {
    return new SinkConfig(
        bootstrapServers,
        topics,
        value,
        batchSize,
        linger,
        retryBackoff,
        maxRetryBackoff,
        closeTimeout,
        kafkaProperties);
  }

  public SinkConfig withBatchSize(int value) {
    return new SinkConfig(
        bootstrapServers,
        topics,
        groupId,
        value,
        linger,
        retryBackoff,
        maxRetryBackoff,
        closeTimeout,
        kafkaProperties);
  }

  public SinkConfig withLinger(Duration value) {
    return new SinkConfig(
        bootstrapServers,
        topics,
        groupId,
        batchSize,
        value,
        retryBackoff,
        maxRetryBackoff,
        closeTimeout,
        kafkaProperties);
  }

  public SinkConfig withRetryBackoff(Duration first, Duration max) {
    return new SinkConfig(
        bootstrapServers,
        topics,
        groupId,
        batchSize,
        linger,
        first,
        max,
        closeTimeout,
        kafkaProperties);
  }

  public SinkConfig withCloseTimeout(Duration value) {
    return new SinkConfig(
        bootstrapServers,
        topics,
        groupId,
        batchSize,
        linger,
        retryBackoff,
        maxRetryBackoff,
        value,
        kafkaProperties);
  }

  public SinkConfig withKafkaProperties(Map<String, String> value) {
    return new SinkConfig(
        bootstrapServers,
        topics,
        groupId,
        batchSize,
        linger,
        retryBackoff,
        maxRetryBackoff,
        closeTimeout,
        value);
  }

  /** Kafka properties are not printed: they may hold SASL passwords. */
  @Override
  public String toString() {
    return "SinkConfig[bootstrapServers="
        + bootstrapServers
        + ", topics="
        + topics.prefix()
        + ", groupId="
        + groupId
        + ", batchSize="
        + batchSize
        + ", linger="
        + linger.toMillis()
        + "ms, retryBackoff="
        + retryBackoff.toMillis()
        + ".."
        + maxRetryBackoff.toMillis()
        + "ms, closeTimeout="
        + closeTimeout.toMillis()
        + "ms, kafkaProperties="
        + kafkaProperties.keySet()
        + "]";
  }
}
