package dev.akhbar.app.service;

import dev.akhbar.common.http.HealthCheck;
import dev.akhbar.processor.ArticleTagger;
import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.ProcessorService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The processor as a service stage: Kafka Streams started, its client metrics bound, ready while
 * RUNNING, failed when it reaches ERROR or stops by itself; closing leaves the group.
 */
public final class ProcessorStage implements Stage {

  private final ProcessorService processor;
  private final Duration closeTimeout;
  private final KafkaStreamsMetrics streamsMetrics;
  private volatile boolean closing;

  private ProcessorStage(
      ProcessorService processor, Duration closeTimeout, KafkaStreamsMetrics streamsMetrics) {
    this.processor = processor;
    this.closeTimeout = closeTimeout;
    this.streamsMetrics = streamsMetrics;
  }

  /** Starts the processor (returns before it is RUNNING; readiness tells when it is). */
  public static ProcessorStage start(
      ProcessorConfig config, ArticleTagger tagger, MeterRegistry registry, Duration closeTimeout)
      throws InterruptedException {
    ProcessorService processor = new ProcessorService(config, tagger, registry);
    try {
      processor.start();
    } catch (RuntimeException | InterruptedException e) {
      processor.close(closeTimeout);
      throw e;
    }
    KafkaStreams streams = processor.streams().orElseThrow();
    KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams);
    metrics.bindTo(registry);
    return new ProcessorStage(processor, closeTimeout, metrics);
  }

  @Override
  public String name() {
    return "processor";
  }

  @Override
  public HealthCheck.Status readiness() {
    KafkaStreams.State state = processor.state();
    return state == KafkaStreams.State.RUNNING
        ? HealthCheck.Status.up("Kafka Streams RUNNING")
        : HealthCheck.Status.down("Kafka Streams " + state);
  }

  @Override
  public Optional<String> failure() {
    KafkaStreams.State state = processor.state();
    if (state == KafkaStreams.State.ERROR
        || (!closing
            && (state == KafkaStreams.State.NOT_RUNNING
                || state == KafkaStreams.State.PENDING_ERROR))) {
      return Optional.of("Kafka Streams is " + state + " (see the log for the cause)");
    }
    return Optional.empty();
  }

  /** Waits for RUNNING; false when not within {@code timeout} or failed. */
  public boolean awaitRunning(Duration timeout) throws InterruptedException {
    return processor.awaitRunning(timeout);
  }

  @Override
  public void close() {
    closing = true;
    processor.close(closeTimeout);
    streamsMetrics.close();
  }
}
