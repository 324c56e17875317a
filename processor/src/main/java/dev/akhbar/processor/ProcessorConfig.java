package dev.akhbar.processor;

import dev.akhbar.common.json.RawArticleReader;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.processor.dedup.DedupSettings;
import dev.akhbar.processor.fingerprint.LshBands;
import dev.akhbar.processor.fingerprint.MinHasher;
import dev.akhbar.processor.fingerprint.WordShingles;
import dev.akhbar.processor.intake.ArticleScreen;
import dev.akhbar.processor.intake.NonArabicPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything the processor can be told, validated once. Build it with {@link #builder()}; every
 * field has a default (the constants named in each setter), so only the Kafka bootstrap servers are
 * needed to run.
 *
 * @param applicationId the Kafka Streams application id: the consumer group and the prefix of the
 *     internal topics. Two pipelines on one cluster need two ids.
 * @param stateDir where RocksDB keeps the state stores
 * @param threads stream threads in this instance
 * @param partitions partitions of the dedup topics (the inbox and the repartition topics), and of
 *     the contract topics when the processor creates them. Fixed for the life of the state.
 * @param replicationFactor replication of the topics the processor creates
 * @param createTopics whether the service creates missing topics at start
 * @param dedupWindow how far apart in event time copies are still found; also how long state lives
 * @param similarityThreshold least estimated Jaccard similarity of near copies
 * @param shingleWords words per shingle
 * @param minhashFunctions MinHash signature length
 * @param lshBands LSH bands; {@code lshBands × lshRows ≤ minhashFunctions}
 * @param lshRows signature values per band
 * @param maxCandidates most near candidates verified per article
 * @param minBodyLetters bodies with fewer letters are rejected as {@code too_short}
 * @param nonArabicPolicy what happens to articles that are not Arabic
 * @param maxBodyChars longer bodies are dead letters (they would not fit a Kafka record once
 *     normalized)
 * @param rocksDbMemoryBytes the memory all RocksDB stores of this instance share (block cache and
 *     memtables)
 * @param kafka Kafka client settings passed through as they are (bootstrap.servers, security.*,
 *     sasl.*, ssl.*, and any Streams setting to override)
 */
public record ProcessorConfig(
    String applicationId,
    Topics topics,
    Path stateDir,
    int threads,
    int partitions,
    short replicationFactor,
    boolean createTopics,
    Duration dedupWindow,
    double similarityThreshold,
    int shingleWords,
    int minhashFunctions,
    int lshBands,
    int lshRows,
    int maxCandidates,
    int minBodyLetters,
    NonArabicPolicy nonArabicPolicy,
    int maxBodyChars,
    long rocksDbMemoryBytes,
    Map<String, String> kafka) {

  public static final String DEFAULT_APPLICATION_ID = "akhbar-processor";

  /**
   * Default stream threads: two, so that one thread's work goes on while the other waits for its
   * transaction to commit (bench e2e, 10,000 articles on 2 cores: 432 against 370 articles/s).
   */
  public static final int DEFAULT_THREADS = 2;

  /** Default partitions of dedup's topics: enough for a few instances on small machines. */
  public static final int DEFAULT_PARTITIONS = 4;

  /**
   * Default longest body, in UTF-16 chars: the processed record holds the body three times (raw,
   * display, match), and 100,000 Arabic chars is about 600 KB of JSON, under Kafka's 1 MB limit.
   */
  public static final int DEFAULT_MAX_BODY_CHARS = 100_000;

  /** Default RocksDB memory for the whole instance: 128 MiB. */
  public static final long DEFAULT_ROCKSDB_MEMORY_BYTES = 128L * 1024 * 1024;

  /** Least RocksDB memory accepted: 16 MiB. */
  public static final long MIN_ROCKSDB_MEMORY_BYTES = 16L * 1024 * 1024;

  public ProcessorConfig {
    requireText(applicationId, "applicationId");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(stateDir, "stateDir");
    Objects.requireNonNull(dedupWindow, "dedupWindow");
    Objects.requireNonNull(nonArabicPolicy, "nonArabicPolicy");
    require(threads >= 1, "threads must be at least 1, got " + threads);
    require(partitions >= 1, "partitions must be at least 1, got " + partitions);
    require(
        replicationFactor >= 1, "replicationFactor must be at least 1, got " + replicationFactor);
    require(
        !dedupWindow.isNegative() && !dedupWindow.isZero(),
        "dedupWindow must be positive, got " + dedupWindow);
    require(
        similarityThreshold > 0 && similarityThreshold <= 1,
        "similarityThreshold must be in (0, 1], got " + similarityThreshold);
    require(
        shingleWords >= 1 && shingleWords <= WordShingles.MAX_WORDS,
        "shingleWords must be in [1, " + WordShingles.MAX_WORDS + "], got " + shingleWords);
    require(
        minhashFunctions >= 1 && minhashFunctions <= MinHasher.MAX_FUNCTIONS,
        "minhashFunctions must be in [1, "
            + MinHasher.MAX_FUNCTIONS
            + "], got "
            + minhashFunctions);
    require(lshBands >= 1 && lshBands <= 255, "lshBands must be in [1, 255], got " + lshBands);
    require(lshRows >= 1, "lshRows must be at least 1, got " + lshRows);
    require(
        lshBands * lshRows <= minhashFunctions,
        "lshBands × lshRows ("
            + lshBands * lshRows
            + ") must not exceed minhashFunctions ("
            + minhashFunctions
            + ")");
    require(maxCandidates >= 1, "maxCandidates must be at least 1, got " + maxCandidates);
    require(minBodyLetters >= 0, "minBodyLetters must not be negative, got " + minBodyLetters);
    require(maxBodyChars >= 1, "maxBodyChars must be at least 1, got " + maxBodyChars);
    require(
        rocksDbMemoryBytes >= MIN_ROCKSDB_MEMORY_BYTES,
        "rocksDbMemoryBytes must be at least "
            + MIN_ROCKSDB_MEMORY_BYTES
            + ", got "
            + rocksDbMemoryBytes);
    kafka = Map.copyOf(kafka == null ? Map.of() : kafka);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder preset with this config's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The dedup limits of this config. */
  public DedupSettings dedup() {
    return new DedupSettings(dedupWindow, similarityThreshold, partitions, maxCandidates);
  }

  /** The Kafka bootstrap servers, or empty when none is set (enough for tests of the topology). */
  public String bootstrapServers() {
    return kafka.getOrDefault("bootstrap.servers", "");
  }

  @Override
  public String toString() {
    // Passthrough settings may hold passwords (sasl.jaas.config, ssl.*.password): names only.
    return "ProcessorConfig[applicationId="
        + applicationId
        + ", topics="
        + topics.prefix()
        + ", stateDir="
        + stateDir
        + ", threads="
        + threads
        + ", partitions="
        + partitions
        + ", dedupWindow="
        + dedupWindow
        + ", similarityThreshold="
        + similarityThreshold
        + ", shingleWords="
        + shingleWords
        + ", minhash="
        + minhashFunctions
        + ", lsh="
        + lshBands
        + "x"
        + lshRows
        + ", minBodyLetters="
        + minBodyLetters
        + ", nonArabicPolicy="
        + nonArabicPolicy
        + ", kafka keys="
        + new TreeMap<>(kafka).keySet()
        + "]";
  }

  private static void require(boolean rule, String message) {
    if (!rule) {
      throw new IllegalArgumentException(message);
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /** Builds a {@link ProcessorConfig}; starts from the defaults. */
  public static final class Builder {
    private String applicationId = DEFAULT_APPLICATION_ID;
    private Topics topics = Topics.defaults();
    private Path stateDir = Path.of(System.getProperty("java.io.tmpdir"), "akhbar-processor");
    private int threads = DEFAULT_THREADS;
    private int partitions = DEFAULT_PARTITIONS;
    private short replicationFactor = 1;
    private boolean createTopics = true;
    private Duration dedupWindow = DedupSettings.DEFAULT_WINDOW;
    private double similarityThreshold = DedupSettings.DEFAULT_THRESHOLD;
    private int shingleWords = WordShingles.DEFAULT_WORDS;
    private int minhashFunctions = MinHasher.DEFAULT_FUNCTIONS;
    private int lshBands = LshBands.DEFAULT_BANDS;
    private int lshRows = LshBands.DEFAULT_ROWS;
    private int maxCandidates = DedupSettings.DEFAULT_MAX_CANDIDATES;
    private int minBodyLetters = ArticleScreen.DEFAULT_MIN_BODY_LETTERS;
    private NonArabicPolicy nonArabicPolicy = NonArabicPolicy.PASS;
    private int maxBodyChars =
        Math.min(DEFAULT_MAX_BODY_CHARS, RawArticleReader.DEFAULT_MAX_BODY_CHARS);
    private long rocksDbMemoryBytes = DEFAULT_ROCKSDB_MEMORY_BYTES;
    private Map<String, String> kafka = Map.of();

    private Builder() {}

    private Builder(ProcessorConfig c) {
      applicationId = c.applicationId;
      topics = c.topics;
      stateDir = c.stateDir;
      threads = c.threads;
      partitions = c.partitions;
      replicationFactor = c.replicationFactor;
      createTopics = c.createTopics;
      dedupWindow = c.dedupWindow;
      similarityThreshold = c.similarityThreshold;
      shingleWords = c.shingleWords;
      minhashFunctions = c.minhashFunctions;
      lshBands = c.lshBands;
      lshRows = c.lshRows;
      maxCandidates = c.maxCandidates;
      minBodyLetters = c.minBodyLetters;
      nonArabicPolicy = c.nonArabicPolicy;
      maxBodyChars = c.maxBodyChars;
      rocksDbMemoryBytes = c.rocksDbMemoryBytes;
      kafka = c.kafka;
    }

    /** Default {@value ProcessorConfig#DEFAULT_APPLICATION_ID}. */
    public Builder applicationId(String value) {
      applicationId = value;
      return this;
    }

    /** Default prefix {@value Topics#DEFAULT_PREFIX}. */
    public Builder topics(Topics value) {
      topics = value;
      return this;
    }

    /** Default {@code $TMPDIR/akhbar-processor}. */
    public Builder stateDir(Path value) {
      stateDir = value;
      return this;
    }

    /** Default {@value ProcessorConfig#DEFAULT_THREADS}. */
    public Builder threads(int value) {
      threads = value;
      return this;
    }

    /** Default {@value ProcessorConfig#DEFAULT_PARTITIONS}. */
    public Builder partitions(int value) {
      partitions = value;
      return this;
    }

    /** Default 1. */
    public Builder replicationFactor(short value) {
      replicationFactor = value;
      return this;
    }

    /** Default true. */
    public Builder createTopics(boolean value) {
      createTopics = value;
      return this;
    }

    /** Default {@link DedupSettings#DEFAULT_WINDOW}, 7 days. */
    public Builder dedupWindow(Duration value) {
      dedupWindow = value;
      return this;
    }

    /** Default {@value DedupSettings#DEFAULT_THRESHOLD}. */
    public Builder similarityThreshold(double value) {
      similarityThreshold = value;
      return this;
    }

    /** Default {@value WordShingles#DEFAULT_WORDS}. */
    public Builder shingleWords(int value) {
      shingleWords = value;
      return this;
    }

    /** Default {@value MinHasher#DEFAULT_FUNCTIONS}. */
    public Builder minhashFunctions(int value) {
      minhashFunctions = value;
      return this;
    }

    /** Defaults {@value LshBands#DEFAULT_BANDS} bands of {@value LshBands#DEFAULT_ROWS} rows. */
    public Builder lsh(int bands, int rows) {
      lshBands = bands;
      lshRows = rows;
      return this;
    }

    /** Default {@value DedupSettings#DEFAULT_MAX_CANDIDATES}. */
    public Builder maxCandidates(int value) {
      maxCandidates = value;
      return this;
    }

    /** Default {@value ArticleScreen#DEFAULT_MIN_BODY_LETTERS}. */
    public Builder minBodyLetters(int value) {
      minBodyLetters = value;
      return this;
    }

    /** Default {@link NonArabicPolicy#PASS}. */
    public Builder nonArabicPolicy(NonArabicPolicy value) {
      nonArabicPolicy = value;
      return this;
    }

    /** Default {@value ProcessorConfig#DEFAULT_MAX_BODY_CHARS}. */
    public Builder maxBodyChars(int value) {
      maxBodyChars = value;
      return this;
    }

    /** Default 128 MiB. */
    public Builder rocksDbMemoryBytes(long value) {
      rocksDbMemoryBytes = value;
      return this;
    }

    /** Kafka client settings, passed through; replaces earlier ones. */
    public Builder kafka(Map<String, String> value) {
      kafka = value;
      return this;
    }

    /** Shorthand for the one Kafka setting always needed. */
    public Builder bootstrapServers(String value) {
      java.util.Map<String, String> copy = new java.util.HashMap<>(kafka);
      copy.put("bootstrap.servers", value);
      kafka = copy;
      return this;
    }

    public ProcessorConfig build() {
      return new ProcessorConfig(
          applicationId,
          topics,
          stateDir,
          threads,
          partitions,
          replicationFactor,
          createTopics,
          dedupWindow,
          similarityThreshold,
          shingleWords,
          minhashFunctions,
          lshBands,
          lshRows,
          maxCandidates,
          minBodyLetters,
          nonArabicPolicy,
          maxBodyChars,
          rocksDbMemoryBytes,
          kafka);
    }
  }
}
