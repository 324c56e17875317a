package dev.akhbar.processor;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.UsePartitionTimeOnInvalidTimestamp;

/** The Kafka Streams settings of the processor: every one that is not Kafka's default, with why. */
public final class StreamsSettings {

  /**
   * The record cache shared by the stream threads of one instance. Small on purpose: in Kafka
   * Streams 4.4 every cache entry also keeps the raw source record it was written for (KIP-1034's
   * record context), which the cache's own size accounting does not count, so the real heap it
   * holds is several times this figure. The node conversations it serves last well under a second.
   */
  public static final long STATE_CACHE_BYTES = 8L * 1024 * 1024;

  /** How often a stream thread commits its transaction. */
  public static final int COMMIT_INTERVAL_MS = 100;

  /** The producer's batch per partition: an article's outputs are several KB. */
  public static final int PRODUCER_BATCH_BYTES = 128 * 1024;

  private StreamsSettings() {}

  public static Properties of(ProcessorConfig config) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    // Every raw record's outputs and its outcome commit together, exactly once.
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    // Store and internal topic names are the state's identity: a generated name would move it.
    p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
    // Kafka's default is /tmp/kafka-streams, shared by every application on the machine.
    p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
    // Internal topics are replicated like the contract topics.
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.replicationFactor());
    // A raw record without a valid timestamp is still processed (and accounted), never fatal.
    p.put(
        StreamsConfig.DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG,
        UsePartitionTimeOnInvalidTimestamp.class);
    // RocksDB's memory is bounded for the whole instance, not per store.
    p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
    p.put(BoundedRocksDbMemory.MEMORY_BYTES_CONFIG, Long.toString(config.rocksDbMemoryBytes()));
    // Room for the node stores' caches: a node is rewritten by each message of its conversation,
    // and the rewrites within one commit reach RocksDB and the changelog once.
    p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, STATE_CACHE_BYTES);
    // Exactly-once's own 100 ms, on purpose: an article crosses two to five internal hops, each
    // visible only after a commit. DedupLatencyBenchmark at 200 articles/s gave a p99 of 1.8-1.9 s
    // at 100 ms, 3.9-4.1 s at 200 ms, and 2.7 s at 50 ms (more commits than the machine affords).
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
    // A task reads raw partition N and inbox partition N (intake and nodes are one sub-topology),
    // and nothing in it needs the two in timestamp order: never wait for one of them to fill
    // before processing what the other holds (the default, 0, waits while a partition's lag is
    // unknown or not yet fetched, and formats trace messages on every check).
    p.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
    // Passthrough last, so that an operator can override any of the above.
    p.putAll(config.kafka());
    return p;
  }
}
