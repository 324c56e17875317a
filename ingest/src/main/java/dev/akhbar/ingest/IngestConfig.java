package dev.akhbar.ingest;

import dev.akhbar.common.json.RawArticleReader;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.ingest.extract.PageDecoder;
import dev.akhbar.ingest.fetch.FetchLimits;
import dev.akhbar.ingest.fetch.Politeness;
import dev.akhbar.ingest.fetch.RetryPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything ingest needs besides its sources: one immutable, validated record. Build it with
 * {@link #builder()}; every setting has a documented default ({@code DEFAULT_…} constants here and
 * in {@link FetchLimits}, {@link Politeness} and {@link RetryPolicy}).
 *
 * @param userAgent the User-Agent header of every request; say who you are and how to reach you
 * @param robotsAgent the token matched against robots.txt {@code User-agent} lines
 * @param limits time-outs, header, body and robots.txt sizes, redirects
 * @param politeness per-host delay, Crawl-delay cap, connections per host, global concurrency
 * @param retry attempts, back-off and the longest Retry-After honoured
 * @param allowPrivateAddresses whether loopback, private and link-local addresses may be fetched
 *     (the demo and tests; never for the open internet)
 * @param revisitAfter an article fetched less than this ago is not fetched again unless its feed or
 *     sitemap says it changed since
 * @param revisitWindow articles first seen within this window are revisited (conditionally) even
 *     when no longer listed, which is how updates and removals (404/410) are noticed
 * @param stateRetention fetch-state entries not touched for this long are deleted (tombstoned)
 * @param maxSitemapsPerIndex the most child sitemaps read from one sitemap index, newest first
 * @param maxBodyChars longest article body kept, in characters
 * @param metaScanBytes how far into a page to look for {@code <meta charset>}
 * @param keepHtml whether the raw page is kept in the raw record's {@code html} field
 * @param kafka Kafka client properties (bootstrap.servers, security.protocol, sasl.*, ssl.*),
 *     passed to every producer, consumer and admin client
 * @param topics the contract's topic names (prefix)
 * @param stateTopic the compacted topic of fetch state (URL, validators, content hash)
 * @param sourcesTopic the compacted topic the instances share the sources through
 * @param groupId the consumer group of the instances that share the sources
 * @param sourcePartitions partitions of the sources and state topics when ingest creates them: the
 *     most instances that can share the work
 * @param rawPartitions partitions of the raw topic when ingest creates it
 * @param replicationFactor replication of the topics ingest creates; 0 takes the broker default
 * @param closeTimeout how long {@code close()} waits for fetches in flight and the producer
 */
public record IngestConfig(
    String userAgent,
    String robotsAgent,
    FetchLimits limits,
    Politeness politeness,
    RetryPolicy retry,
    boolean allowPrivateAddresses,
    Duration revisitAfter,
    Duration revisitWindow,
    Duration stateRetention,
    int maxSitemapsPerIndex,
    int maxBodyChars,
    int metaScanBytes,
    boolean keepHtml,
    Map<String, String> kafka,
    Topics topics,
    String stateTopic,
    String sourcesTopic,
    String groupId,
    int sourcePartitions,
    int rawPartitions,
    short replicationFactor,
    Duration closeTimeout) {

  public static final String DEFAULT_USER_AGENT =
      "akhbar/0.1 (Arabic news crawler; set ingest user_agent to your contact URL)";
  public static final String DEFAULT_ROBOTS_AGENT = "akhbar";
  public static final Duration DEFAULT_REVISIT_AFTER = Duration.ofMinutes(30);
  public static final Duration DEFAULT_REVISIT_WINDOW = Duration.ofDays(2);
  public static final Duration DEFAULT_STATE_RETENTION = Duration.ofDays(30);
  public static final int DEFAULT_MAX_SITEMAPS_PER_INDEX = 10;
  public static final int DEFAULT_MAX_BODY_CHARS = RawArticleReader.DEFAULT_MAX_BODY_CHARS;
  public static final String DEFAULT_GROUP_ID = "akhbar-ingest";
  public static final int DEFAULT_SOURCE_PARTITIONS = 12;
  public static final int DEFAULT_RAW_PARTITIONS = 6;
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

  public IngestConfig {
    requireText(userAgent, "userAgent");
    requireText(robotsAgent, "robotsAgent");
    if (userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
      throw new IllegalArgumentException("userAgent must be printable ASCII, got: " + userAgent);
    }
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(politeness, "politeness");
    Objects.requireNonNull(retry, "retry");
    requireNotNegative(revisitAfter, "revisitAfter");
    requireNotNegative(revisitWindow, "revisitWindow");
    requireNotNegative(stateRetention, "stateRetention");
    if (stateRetention.compareTo(revisitWindow) < 0) {
      throw new IllegalArgumentException(
          "stateRetention ("
              + stateRetention
              + ") must be at least revisitWindow ("
              + revisitWindow
              + ")");
    }
    requireAtLeast(maxSitemapsPerIndex, 1, "maxSitemapsPerIndex");
    requireAtLeast(maxBodyChars, 1, "maxBodyChars");
    requireAtLeast(metaScanBytes, 1024, "metaScanBytes");
    kafka = Map.copyOf(Objects.requireNonNull(kafka, "kafka"));
    Objects.requireNonNull(topics, "topics");
    requireText(stateTopic, "stateTopic");
    requireText(sourcesTopic, "sourcesTopic");
    requireText(groupId, "groupId");
    requireAtLeast(sourcePartitions, 1, "sourcePartitions");
    requireAtLeast(rawPartitions, 1, "rawPartitions");
    requireAtLeast(replicationFactor, 0, "replicationFactor");
    requireNotNegative(closeTimeout, "closeTimeout");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this config's values, to change a few. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.userAgent = userAgent;
    b.robotsAgent = robotsAgent;
    b.limits = limits;
    b.politeness = politeness;
    b.retry = retry;
    b.allowPrivateAddresses = allowPrivateAddresses;
    b.revisitAfter = revisitAfter;
    b.revisitWindow = revisitWindow;
    b.stateRetention = stateRetention;
    b.maxSitemapsPerIndex = maxSitemapsPerIndex;
    b.maxBodyChars = maxBodyChars;
    b.metaScanBytes = metaScanBytes;
    b.keepHtml = keepHtml;
    b.kafka.putAll(kafka);
    b.topics = topics;
    b.stateTopic = stateTopic;
    b.sourcesTopic = sourcesTopic;
    b.groupId = groupId;
    b.sourcePartitions = sourcePartitions;
    b.rawPartitions = rawPartitions;
    b.replicationFactor = replicationFactor;
    b.closeTimeout = closeTimeout;
    return b;
  }

  /** The state topic's default name for a topic prefix: {@code PREFIX.ingest-state.v1}. */
  public static String defaultStateTopic(Topics topics) {
    return topics.prefix() + ".ingest-state.v1";
  }

  /** The sources topic's default name for a topic prefix: {@code PREFIX.ingest-sources.v1}. */
  public static String defaultSourcesTopic(Topics topics) {
    return topics.prefix() + ".ingest-sources.v1";
  }

  private static void requireText(String s, String name) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void requireNotNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + d);
    }
  }

  private static void requireAtLeast(long value, long min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
    }
  }

  /** Builds an {@link IngestConfig}; unset values take the defaults. */
  public static final class Builder {
    private String userAgent = DEFAULT_USER_AGENT;
    private String robotsAgent = DEFAULT_ROBOTS_AGENT;
    private FetchLimits limits = FetchLimits.defaults();
    private Politeness politeness = Politeness.defaults();
    private RetryPolicy retry = RetryPolicy.defaults();
    private boolean allowPrivateAddresses;
    private Duration revisitAfter = DEFAULT_REVISIT_AFTER;
    private Duration revisitWindow = DEFAULT_REVISIT_WINDOW;
    private Duration stateRetention = DEFAULT_STATE_RETENTION;
    private int maxSitemapsPerIndex = DEFAULT_MAX_SITEMAPS_PER_INDEX;
    private int maxBodyChars = DEFAULT_MAX_BODY_CHARS;
    private int metaScanBytes = PageDecoder.DEFAULT_META_SCAN_BYTES;
    private boolean keepHtml;
    private final Map<String, String> kafka = new LinkedHashMap<>();
    private Topics topics = Topics.defaults();
    private String stateTopic;
    private String sourcesTopic;
    private String groupId = DEFAULT_GROUP_ID;
    private int sourcePartitions = DEFAULT_SOURCE_PARTITIONS;
    private int rawPartitions = DEFAULT_RAW_PARTITIONS;
    private short replicationFactor;
    private Duration closeTimeout = DEFAULT_CLOSE_TIMEOUT;

    private Builder() {}

    public Builder userAgent(String value) {
      this.userAgent = value;
      return this;
    }

    public Builder robotsAgent(String value) {
      this.robotsAgent = value;
      return this;
    }

    public Builder limits(FetchLimits value) {
      this.limits = value;
      return this;
    }

    public Builder politeness(Politeness value) {
      this.politeness = value;
      return this;
    }

    public Builder retry(RetryPolicy value) {
      this.retry = value;
      return this;
    }

    public Builder allowPrivateAddresses(boolean value) {
      this.allowPrivateAddresses = value;
      return this;
    }

    public Builder revisitAfter(Duration value) {
      this.revisitAfter = value;
      return this;
    }

    public Builder revisitWindow(Duration value) {
      this.revisitWindow = value;
      return this;
    }

    public Builder stateRetention(Duration value) {
      this.stateRetention = value;
      return this;
    }

    public Builder maxSitemapsPerIndex(int value) {
      this.maxSitemapsPerIndex = value;
      return this;
    }

    public Builder maxBodyChars(int value) {
      this.maxBodyChars = value;
      return this;
    }

    public Builder metaScanBytes(int value) {
      this.metaScanBytes = value;
      return this;
    }

    public Builder keepHtml(boolean value) {
      this.keepHtml = value;
      return this;
    }

    /** One Kafka client property, for example {@code bootstrap.servers}. */
    public Builder kafka(String key, String value) {
      this.kafka.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Kafka client properties, added to those already set. */
    public Builder kafka(Map<String, String> values) {
      values.forEach(this::kafka);
      return this;
    }

    public Builder bootstrapServers(String value) {
      return kafka("bootstrap.servers", value);
    }

    public Builder topics(Topics value) {
      this.topics = value;
      return this;
    }

    public Builder stateTopic(String value) {
      this.stateTopic = value;
      return this;
    }

    public Builder sourcesTopic(String value) {
      this.sourcesTopic = value;
      return this;
    }

    public Builder groupId(String value) {
      this.groupId = value;
      return this;
    }

    public Builder sourcePartitions(int value) {
      this.sourcePartitions = value;
      return this;
    }

    public Builder rawPartitions(int value) {
      this.rawPartitions = value;
      return this;
    }

    public Builder replicationFactor(short value) {
      this.replicationFactor = value;
      return this;
    }

    public Builder closeTimeout(Duration value) {
      this.closeTimeout = value;
      return this;
    }

    public IngestConfig build() {
      Objects.requireNonNull(topics, "topics");
      return new IngestConfig(
          userAgent,
          robotsAgent,
          limits,
          politeness,
          retry,
          allowPrivateAddresses,
          revisitAfter,
          revisitWindow,
          stateRetention,
          maxSitemapsPerIndex,
          maxBodyChars,
          metaScanBytes,
          keepHtml,
          kafka,
          topics,
          stateTopic != null ? stateTopic : defaultStateTopic(topics),
          sourcesTopic != null ? sourcesTopic : defaultSourcesTopic(topics),
          groupId,
          sourcePartitions,
          rawPartitions,
          replicationFactor,
          closeTimeout);
    }
  }
}
