package dev.akhbar.app.config;

import dev.akhbar.common.config.ConfigKey;
import dev.akhbar.common.config.ConfigSchema;
import dev.akhbar.common.config.ConfigType;
import dev.akhbar.common.config.DurationText;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.ingest.IngestConfig;
import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.ProcessorService;
import dev.akhbar.processor.dedup.DedupSettings;
import dev.akhbar.processor.intake.ArticleScreen;
import dev.akhbar.sink.SinkConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key table: every setting the akhbar services read, in the order the README lists them. A key
 * {@code section.name} is {@code AKHBAR_SECTION_NAME} in the environment; defaults come from the
 * stages' own {@code DEFAULT_…} constants so that the table cannot drift from the code.
 */
public final class ConfigKeys {

  public static final ConfigKey<String> KAFKA_BOOTSTRAP_SERVERS =
      ConfigKey.of(
          "kafka.bootstrap-servers",
          ConfigType.STRING,
          "localhost:9092",
          "Kafka brokers to connect to, host:port[,host:port…].");

  public static final ConfigKey<Map<String, String>> KAFKA_PROPERTIES =
      ConfigKey.properties(
          "kafka.properties",
          "Any Kafka client property (security.protocol, sasl.*, ssl.*, client.id …), passed to"
              + " every producer, consumer, admin and Streams client; credentials are masked when"
              + " printed.");

  public static final ConfigKey<Boolean> KAFKA_CREATE_TOPICS =
      ConfigKey.of(
          "kafka.create-topics",
          ConfigType.BOOLEAN,
          "true",
          "Create missing topics at start with the settings below; when false a missing topic"
              + " stops the service with a message naming it.");

  public static final ConfigKey<String> TOPICS_PREFIX =
      ConfigKey.of(
          "topics.prefix",
          ConfigType.STRING,
          Topics.DEFAULT_PREFIX,
          "Prefix of every topic name (PREFIX.raw.v1 …); lets several pipelines share a cluster.");

  public static final ConfigKey<Integer> TOPICS_PARTITIONS =
      ConfigKey.of(
          "topics.partitions",
          ConfigType.integer(1, 10_000),
          String.valueOf(ProcessorConfig.DEFAULT_PARTITIONS),
          "Partitions of the topics akhbar creates: the most instances of a stage that share"
              + " work. Fixed for the life of the processor's dedup state.");

  public static final ConfigKey<Integer> TOPICS_REPLICATION_FACTOR =
      ConfigKey.of(
          "topics.replication-factor",
          ConfigType.integer(1, Short.MAX_VALUE),
          "1",
          "Replicas of every topic akhbar creates; 3 in production.");

  public static final ConfigKey<Integer> TOPICS_MIN_INSYNC_REPLICAS =
      ConfigKey.of(
          "topics.min-insync-replicas",
          ConfigType.integer(1, Short.MAX_VALUE),
          "1",
          "min.insync.replicas of every topic akhbar creates; 2 in production.");

  public static final ConfigKey<Optional<Duration>> TOPICS_RAW_RETENTION =
      ConfigKey.of(
          "topics.raw-retention",
          ConfigType.RETENTION,
          "unlimited",
          "How long the raw topic keeps records. It is the system of record that replays apply"
              + " new rules to: keep it unlimited unless history lives elsewhere.");

  public static final ConfigKey<String> HTTP_BIND_ADDRESS =
      ConfigKey.of(
          "http.bind-address",
          ConfigType.STRING,
          "0.0.0.0",
          "Address the /metrics and /health endpoints listen on.");

  public static final ConfigKey<Integer> HTTP_PORT =
      ConfigKey.of(
          "http.port",
          ConfigType.integer(0, 65_535),
          "8080",
          "Port of /metrics, /health/live and /health/ready; 0 picks a free one.");

  public static final ConfigKey<Duration> SERVICE_SHUTDOWN_TIMEOUT =
      ConfigKey.of(
          "service.shutdown-timeout",
          ConfigType.DURATION,
          DurationText.format(ProcessorService.DEFAULT_CLOSE_TIMEOUT),
          "How long each stage may take to stop on SIGTERM (Streams closes and leaves the group,"
              + " the sink commits its batch, ingest flushes) before the process exits anyway.");

  public static final ConfigKey<String> LOG_LEVEL =
      ConfigKey.of(
          "log.level",
          ConfigType.oneOf("TRACE", "DEBUG", "INFO", "WARN", "ERROR"),
          "INFO",
          "Level of akhbar's own logs (Kafka's stay at WARN); applied as logging starts.");

  public static final ConfigKey<String> LOG_FORMAT =
      ConfigKey.of(
          "log.format",
          ConfigType.oneOf("text", "json"),
          "text",
          "text: readable lines; json: one JSON object a line (logback's JsonEncoder); applied as"
              + " logging starts, also from --log-format.");

  public static final ConfigKey<String> PROCESSOR_APPLICATION_ID =
      ConfigKey.of(
          "processor.application-id",
          ConfigType.STRING,
          ProcessorConfig.DEFAULT_APPLICATION_ID,
          "Kafka Streams application id: the processors' consumer group and the prefix of their"
              + " internal topics. A replay into fresh state uses a new id.");

  public static final ConfigKey<String> PROCESSOR_STATE_DIR =
      ConfigKey.of(
          "processor.state-dir",
          ConfigType.STRING,
          "./data/streams",
          "Where RocksDB keeps the dedup state; keep it on a volume so a restart need not"
              + " rebuild it.");

  public static final ConfigKey<Integer> PROCESSOR_THREADS =
      ConfigKey.of(
          "processor.threads",
          ConfigType.integer(1, 64),
          String.valueOf(ProcessorConfig.DEFAULT_THREADS),
          "Stream threads in this instance; more than the instance's cores rarely helps.");

  public static final ConfigKey<Integer> PROCESSOR_STANDBY_REPLICAS =
      ConfigKey.of(
          "processor.standby-replicas",
          ConfigType.integer(0, 10),
          "0",
          "num.standby.replicas: warm copies of each state store on other instances, for fast"
              + " fail-over; 1 in production with two or more processors.");

  public static final ConfigKey<Duration> PROCESSOR_DEDUP_WINDOW =
      ConfigKey.of(
          "processor.dedup-window",
          ConfigType.DURATION,
          DurationText.format(DedupSettings.DEFAULT_WINDOW),
          "How far apart in event time copies are still found; also how long dedup state"
              + " lives.");

  public static final ConfigKey<Double> PROCESSOR_SIMILARITY_THRESHOLD =
      ConfigKey.of(
          "processor.similarity-threshold",
          ConfigType.decimal(0, 1),
          String.valueOf(DedupSettings.DEFAULT_THRESHOLD),
          "Least estimated Jaccard similarity of two bodies for a near copy.");

  public static final ConfigKey<Integer> PROCESSOR_MIN_BODY_LETTERS =
      ConfigKey.of(
          "processor.min-body-letters",
          ConfigType.integer(0, Integer.MAX_VALUE),
          String.valueOf(ArticleScreen.DEFAULT_MIN_BODY_LETTERS),
          "Bodies with fewer letters are rejected as too_short.");

  public static final ConfigKey<String> PROCESSOR_NON_ARABIC =
      ConfigKey.of(
          "processor.non-arabic",
          ConfigType.oneOf("pass", "reject"),
          "pass",
          "What happens to articles that are not Arabic: processed with their language, or"
              + " rejected as not_arabic.");

  public static final ConfigKey<Long> PROCESSOR_ROCKSDB_MEMORY =
      ConfigKey.of(
          "processor.rocksdb-memory",
          ConfigType.BYTES,
          ConfigType.BYTES.format(ProcessorConfig.DEFAULT_ROCKSDB_MEMORY_BYTES),
          "Memory all RocksDB stores of one processor share (block cache and memtables).");

  public static final ConfigKey<String> STORE_URL =
      ConfigKey.of(
          "store.url",
          ConfigType.STRING,
          StoreLocation.DEFAULT,
          "Where the sink writes: sqlite:PATH, postgresql://HOST:PORT/DB?user=NAME or a JDBC"
              + " URL.");

  public static final ConfigKey<String> STORE_USER =
      ConfigKey.optional(
          "store.user", ConfigType.STRING, "PostgreSQL user, when the URL names none.");

  public static final ConfigKey<String> STORE_PASSWORD =
      ConfigKey.optional(
              "store.password", ConfigType.STRING, "PostgreSQL password (PGPASSWORD also works).")
          .masked();

  public static final ConfigKey<String> STORE_PASSWORD_FILE =
      ConfigKey.optional(
          "store.password-file",
          ConfigType.STRING,
          "A file holding the PostgreSQL password (a Docker or Kubernetes secret).");

  public static final ConfigKey<String> SINK_GROUP_ID =
      ConfigKey.of(
          "sink.group-id",
          ConfigType.STRING,
          SinkConfig.DEFAULT_GROUP_ID,
          "Consumer group of the sinks; instances in one group share the partitions.");

  public static final ConfigKey<Integer> SINK_BATCH_SIZE =
      ConfigKey.of(
          "sink.batch-size",
          ConfigType.integer(1, SinkConfig.MAX_BATCH_SIZE),
          String.valueOf(SinkConfig.DEFAULT_BATCH_SIZE),
          "Records per database transaction.");

  public static final ConfigKey<Duration> SINK_LINGER =
      ConfigKey.of(
          "sink.linger",
          ConfigType.DURATION,
          DurationText.format(SinkConfig.DEFAULT_LINGER),
          "How long a batch that is not full waits for more records.");

  public static final ConfigKey<String> INGEST_SOURCES =
      ConfigKey.optional(
          "ingest.sources",
          ConfigType.STRING,
          "The sources file (feeds, sitemaps, selectors); the bundled config/sources.yml when not"
              + " set.");

  public static final ConfigKey<String> INGEST_GROUP_ID =
      ConfigKey.of(
          "ingest.group-id",
          ConfigType.STRING,
          IngestConfig.DEFAULT_GROUP_ID,
          "Consumer group of the ingest instances that share the sources.");

  public static final ConfigKey<String> INGEST_USER_AGENT =
      ConfigKey.of(
          "ingest.user-agent",
          ConfigType.STRING,
          IngestConfig.DEFAULT_USER_AGENT,
          "User-Agent of every request: name yourself and a contact URL.");

  public static final ConfigKey<Boolean> INGEST_ALLOW_PRIVATE_ADDRESSES =
      ConfigKey.of(
          "ingest.allow-private-addresses",
          ConfigType.BOOLEAN,
          "false",
          "Permit loopback and private addresses (intranet sources, tests); never for the open"
              + " internet.");

  public static final ConfigKey<Boolean> INGEST_KEEP_HTML =
      ConfigKey.of(
          "ingest.keep-html",
          ConfigType.BOOLEAN,
          "false",
          "Keep each page's HTML in the raw record's html field.");

  /** Every key, in documentation order. */
  public static final ConfigSchema SCHEMA =
      new ConfigSchema(
          List.of(
              KAFKA_BOOTSTRAP_SERVERS,
              KAFKA_PROPERTIES,
              KAFKA_CREATE_TOPICS,
              TOPICS_PREFIX,
              TOPICS_PARTITIONS,
              TOPICS_REPLICATION_FACTOR,
              TOPICS_MIN_INSYNC_REPLICAS,
              TOPICS_RAW_RETENTION,
              HTTP_BIND_ADDRESS,
              HTTP_PORT,
              SERVICE_SHUTDOWN_TIMEOUT,
              LOG_LEVEL,
              LOG_FORMAT,
              PROCESSOR_APPLICATION_ID,
              PROCESSOR_STATE_DIR,
              PROCESSOR_THREADS,
              PROCESSOR_STANDBY_REPLICAS,
              PROCESSOR_DEDUP_WINDOW,
              PROCESSOR_SIMILARITY_THRESHOLD,
              PROCESSOR_MIN_BODY_LETTERS,
              PROCESSOR_NON_ARABIC,
              PROCESSOR_ROCKSDB_MEMORY,
              STORE_URL,
              STORE_USER,
              STORE_PASSWORD,
              STORE_PASSWORD_FILE,
              SINK_GROUP_ID,
              SINK_BATCH_SIZE,
              SINK_LINGER,
              INGEST_SOURCES,
              INGEST_GROUP_ID,
              INGEST_USER_AGENT,
              INGEST_ALLOW_PRIVATE_ADDRESSES,
              INGEST_KEEP_HTML));

  /**
   * {@code AKHBAR_…} variables that are not settings: the launcher's JVM options and its choice of
   * allocator, and the path of the config file.
   */
  public static final java.util.Set<String> FOREIGN_VARIABLES =
      java.util.Set.of("AKHBAR_JAVA_OPTS", "AKHBAR_JEMALLOC", "AKHBAR_CONFIG");

  private ConfigKeys() {}
}
