package dev.akhbar.sink;

import dev.akhbar.sink.internal.KafkaClients;
import dev.akhbar.sink.internal.SinkLoop;
import dev.akhbar.sink.internal.SinkMetrics;
import dev.akhbar.sink.internal.TransactionalWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink: consumes the articles, duplicates, rejected and dead-letter topics and writes them to a
 * {@link Store}, committing offsets only after the rows are committed. Several instances with the
 * same group id share the partitions, on one database.
 *
 * <pre>{@code
 * try (Store store = Store.open(location);
 *     SinkService sink = new SinkService(SinkConfig.defaults("localhost:9092"), store, registry)) {
 *   Thread thread = new Thread(sink, "akhbar-sink");
 *   thread.start();
 *   ...
 * } // close(): finishes the batch, commits, leaves the group
 * }</pre>
 */
public final class SinkService implements Runnable, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);

  /** Added to the close timeout for the clients to let go after the batch is finished. */
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

  private final SinkConfig config;
  private final Store store;
  private final SinkMetrics metrics;
  private final MeterRegistry registry;
  private final UnaryOperator<TransactionalWriter> writerDecorator;
  private final CountDownLatch finished = new CountDownLatch(1);
  private SinkLoop loop;
  private boolean closed;

  public SinkService(SinkConfig config, Store store, MeterRegistry registry) {
    this(config, store, registry, UnaryOperator.identity());
  }

  /** For tests that need to fail between the database commit and the offset commit. */
  SinkService(
      SinkConfig config,
      Store store,
      MeterRegistry registry,
      UnaryOperator<TransactionalWriter> writerDecorator) {
    this.config = Objects.requireNonNull(config, "config");
    this.store = Objects.requireNonNull(store, "store");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.metrics = new SinkMetrics(registry);
    this.writerDecorator = writerDecorator;
  }

  /**
   * Consumes until {@link #close()}; returns at once if it was already closed. Call it once, on a
   * thread of its own.
   *
   * @throws RuntimeException an unexpected failure (an authorization error, a bug), after leaving
   *     the group without committing the batch in progress
   */
  @Override
  public void run() {
    SinkLoop current;
    // The clients' own metrics (fetch rate, records lag, commit latency …) beside the sink's.
    List<KafkaClientMetrics> clientMetrics = new ArrayList<>();
    synchronized (this) {
      if (closed || loop != null) {
        finished.countDown();
        return;
      }
      KafkaConsumer<byte[], byte[]> consumer = KafkaClients.consumer(config);
      KafkaProducer<byte[], byte[]> producer = KafkaClients.deadLetterProducer(config);
      clientMetrics.add(new KafkaClientMetrics(consumer));
      clientMetrics.add(new KafkaClientMetrics(producer));
      clientMetrics.forEach(m -> m.bindTo(registry));
      current =
          new SinkLoop(
              config,
              consumer,
              producer,
              writerDecorator.apply(store::write),
              store.dialect(),
              metrics);
      loop = current;
    }
    LOG.info("sink starting: {} into {}", config, store.location());
    try {
      current.run();
      LOG.info("sink stopped");
    } catch (RuntimeException | Error e) {
      LOG.error("sink failed", e);
      throw e;
    } finally {
      clientMetrics.forEach(KafkaClientMetrics::close);
      finished.countDown();
    }
  }

  /** What the sink is doing now. */
  public SinkStatus status() {
    SinkLoop current;
    synchronized (this) {
      current = loop;
    }
    return current == null ? new SinkStatus(false, true, 0, 0, 0) : current.status();
  }

  /**
   * Finishes the pending batch (one attempt), commits its offsets, leaves the group and waits for
   * {@link #run()} to return, at most {@link SinkConfig#closeTimeout()} and a few seconds.
   */
  @Override
  public void close() {
    SinkLoop current;
    synchronized (this) {
      closed = true;
      current = loop;
    }
    if (current == null) {
      return;
    }
    current.stop();
    try {
      long waitMillis = config.closeTimeout().plus(CLOSE_GRACE).toMillis();
      if (!finished.await(waitMillis, TimeUnit.MILLISECONDS)) {
        LOG.warn("the sink did not stop within {} ms", waitMillis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
