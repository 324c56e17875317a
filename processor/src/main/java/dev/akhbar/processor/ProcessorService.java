package dev.akhbar.processor;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the processor: creates its topics if allowed, starts Kafka Streams on {@link
 * ProcessorTopology}, reports its state for health checks, and closes it with a timeout, leaving
 * the group so that its partitions move at once. State is never wiped here; that needs an explicit
 * reset.
 *
 * <pre>{@code
 * try (ProcessorService processor = new ProcessorService(config, tagger, registry)) {
 *   processor.start();
 *   processor.awaitRunning(Duration.ofSeconds(60));
 *   ...
 * }
 * }</pre>
 */
public final class ProcessorService implements AutoCloseable {

  /** How long {@link #close()} waits for the stream threads to finish and commit. */
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(ProcessorService.class);

  private final ProcessorConfig config;
  private final ArticleTagger tagger;
  private final ProcessorMetrics metrics;
  private KafkaStreams streams;

  /** A processor without tagging or meters. */
  public ProcessorService(ProcessorConfig config) {
    this(config, ArticleTagger.NONE, null);
  }

  /**
   * @param registry where the processor's own meters go; null for none
   */
  public ProcessorService(ProcessorConfig config, ArticleTagger tagger, MeterRegistry registry) {
    this.config = java.util.Objects.requireNonNull(config, "config");
    this.tagger = java.util.Objects.requireNonNull(tagger, "tagger");
    this.metrics = new ProcessorMetrics();
    if (registry != null) {
      metrics.bindTo(registry);
    }
  }

  /** Creates the topics if allowed and starts the stream threads; returns at once. */
  public synchronized void start() throws InterruptedException {
    if (streams != null) {
      throw new IllegalStateException("the processor is already started");
    }
    if (config.bootstrapServers().isBlank()) {
      throw new IllegalArgumentException(
          "kafka bootstrap.servers must be set to run the processor");
    }
    if (config.createTopics()) {
      TopicSetup.ensure(config);
    }
    LOG.info("starting the processor: {}", config);
    streams =
        new KafkaStreams(
            ProcessorTopology.build(config, tagger, metrics, Clock.systemUTC()),
            StreamsSettings.of(config));
    streams.setUncaughtExceptionHandler(
        error -> {
          LOG.error("a stream thread failed; stopping the processor", error);
          return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
    streams.start();
  }

  /** The Kafka Streams state; {@code CREATED} before {@link #start()}. */
  public synchronized KafkaStreams.State state() {
    return streams == null ? KafkaStreams.State.CREATED : streams.state();
  }

  /** Ready: every stream thread is running (not rebalancing, not failed). */
  public boolean isRunning() {
    return state() == KafkaStreams.State.RUNNING;
  }

  /** Waits until {@link #isRunning()}; false if it is not within {@code timeout} or failed. */
  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      KafkaStreams.State state = state();
      if (state == KafkaStreams.State.RUNNING) {
        return true;
      }
      if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
        return false;
      }
      Thread.sleep(50);
    }
    return isRunning();
  }

  /** The running Kafka Streams client, for binding its metrics; empty before {@link #start()}. */
  public synchronized Optional<KafkaStreams> streams() {
    return Optional.ofNullable(streams);
  }

  /** Stops the stream threads within {@code timeout}, leaving the consumer group. */
  public synchronized boolean close(Duration timeout) {
    if (streams == null) {
      return true;
    }
    boolean closed =
        streams.close(
            CloseOptions.timeout(timeout)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    if (!closed) {
      LOG.warn("the processor did not stop within {}", timeout);
    }
    return closed;
  }

  @Override
  public void close() {
    close(DEFAULT_CLOSE_TIMEOUT);
  }
}
