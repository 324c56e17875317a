package dev.akhbar.ingest;

import dev.akhbar.ingest.crawl.PassTally;
import dev.akhbar.ingest.crawl.SourceCrawler;
import dev.akhbar.ingest.fetch.AddressPolicy;
import dev.akhbar.ingest.fetch.Fetcher;
import dev.akhbar.ingest.fetch.HostResolver;
import dev.akhbar.ingest.fetch.TimeSource;
import dev.akhbar.ingest.metrics.IngestMetrics;
import dev.akhbar.ingest.publish.KafkaPublisher;
import dev.akhbar.ingest.publish.TopicSetup;
import dev.akhbar.ingest.source.Source;
import dev.akhbar.ingest.source.Sources;
import dev.akhbar.ingest.state.FetchStates;
import dev.akhbar.ingest.state.StateLoader;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: crawls the sources and publishes raw articles to Kafka.
 *
 * <ul>
 *   <li>{@link #runOnce()} polls every crawlable source once, on this instance alone, and returns
 *       what it did (for {@code akhbar ingest --once}, the demo and cron jobs);
 *   <li>{@link #run()} polls continuously, each source at its poll interval, sharing the sources
 *       with the other instances of the same consumer group, until {@link #close()};
 *   <li>{@link #close()} stops fetching and flushes the producer within {@link
 *       IngestConfig#closeTimeout()}.
 * </ul>
 */
public final class IngestService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

  private final IngestConfig config;
  private final Sources sources;
  private final IngestMetrics metrics;
  private final java.util.Optional<MeterRegistry> registry;
  private KafkaClientMetrics producerMetrics;
  private final TimeSource time;
  private final Fetcher fetcher;
  private final ExecutorService sourcePool;
  private final ExecutorService pagePool;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object startLock = new Object();
  private KafkaPublisher publisher;
  private FetchStates states;
  private SourceCrawler crawler;
  private int partitions;
  private SourceAssignments assignments;

  private IngestService(Builder b) {
    this.config = b.config;
    this.sources = b.sources;
    this.metrics = new IngestMetrics();
    this.registry = b.registry;
    registry.ifPresent(metrics::bindTo);
    this.time = b.time;
    this.fetcher =
        Fetcher.builder(config.userAgent(), config.robotsAgent())
            .limits(config.limits())
            .politeness(config.politeness())
            .retry(config.retry())
            .addressPolicy(AddressPolicy.of(config.allowPrivateAddresses()))
            .resolver(b.resolver)
            .time(b.time)
            .observer(metrics)
            .build();
    int threads = config.politeness().concurrency();
    this.sourcePool = Executors.newFixedThreadPool(threads, named("akhbar-ingest-source"));
    this.pagePool = Executors.newFixedThreadPool(threads, named("akhbar-ingest-page"));
  }

  /**
   * An ingest service for {@code sources}; its metrics are bound to {@code registry}.
   *
   * @throws IllegalArgumentException when a source has problems (see {@link Sources#problems()})
   */
  public static IngestService create(IngestConfig config, Sources sources, MeterRegistry registry) {
    return builder(config, sources).meterRegistry(registry).build();
  }

  public static Builder builder(IngestConfig config, Sources sources) {
    return new Builder(config, sources);
  }

  public IngestConfig config() {
    return config;
  }

  public IngestMetrics metrics() {
    return metrics;
  }

  /** Polls every crawlable source once, then flushes; returns what the pass did. */
  public PassSummary runOnce() throws InterruptedException {
    start(true);
    PassTally tally = new PassTally();
    List<Future<?>> running = new ArrayList<>();
    for (Source source : sources.crawlable()) {
      running.add(sourcePool.submit(() -> crawlQuietly(source, tally, () -> !closed.get())));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (ExecutionException e) {
        LOG.error("a source pass failed", e.getCause());
      }
    }
    publisher.flush();
    PassSummary summary = tally.summary();
    LOG.info("pass done: {}", summary.toJson());
    return summary;
  }

  /**
   * Polls the sources assigned to this instance, each at its interval, until {@link #close()}.
   * Instances with the same {@link IngestConfig#groupId()} share the sources: each source is polled
   * by one instance at a time, and a dead instance's sources move to the others.
   */
  public void run() throws InterruptedException {
    start(false);
    assignments.run();
  }

  /** Stops fetching, waits for the pages in flight and flushes, within the close time-out. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    long deadline = System.nanoTime() + config.closeTimeout().toNanos();
    if (assignments != null) {
      assignments.stop();
    }
    sourcePool.shutdown();
    pagePool.shutdown();
    try {
      sourcePool.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS);
      pagePool.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sourcePool.shutdownNow();
    pagePool.shutdownNow();
    synchronized (startLock) {
      if (publisher != null) {
        publisher.close(Duration.ofNanos(Math.max(remaining(deadline), 1_000_000_000L)));
      }
      if (producerMetrics != null) {
        producerMetrics.close();
      }
    }
  }

  private void start(boolean loadAllState) throws InterruptedException {
    synchronized (startLock) {
      if (closed.get()) {
        throw new IllegalStateException("the ingest service is closed");
      }
      if (publisher == null) {
        partitions = TopicSetup.ensure(config);
        publisher = new KafkaPublisher(config, partitions);
        if (registry.isPresent()) {
          producerMetrics = publisher.clientMetrics();
          producerMetrics.bindTo(registry.get());
        }
        states = new FetchStates(publisher);
        crawler = new SourceCrawler(config, fetcher, states, publisher, metrics, time, pagePool);
      }
      if (loadAllState) {
        long read =
            StateLoader.load(
                config.kafka(),
                config.stateTopic(),
                IntStream.range(0, partitions).boxed().toList(),
                states);
        int expired = states.expire(time.now().minus(config.stateRetention()));
        LOG.info("loaded {} state records ({} URLs, {} expired)", read, states.size(), expired);
      } else if (assignments == null) {
        assignments =
            new SourceAssignments(
                config, sources, partitions, states, time, sourcePool, this::crawlQuietly, closed);
      }
    }
  }

  private void crawlQuietly(
      Source source, PassTally tally, java.util.function.BooleanSupplier active) {
    try {
      crawler.crawl(source, tally, active);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("polling {} failed", source.id(), e);
      tally.failure("internal_error");
    }
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Builds an {@link IngestService}; tests replace the clock and the resolver. */
  public static final class Builder {
    private final IngestConfig config;
    private final Sources sources;
    private java.util.Optional<MeterRegistry> registry = java.util.Optional.empty();
    private TimeSource time = TimeSource.system();
    private HostResolver resolver = HostResolver.system();

    private Builder(IngestConfig config, Sources sources) {
      this.config = Objects.requireNonNull(config, "config");
      this.sources = Objects.requireNonNull(sources, "sources");
      if (!sources.isValid()) {
        throw new IllegalArgumentException(
            "sources from " + sources.origin() + " have problems: " + sources.problems());
      }
    }

    public Builder meterRegistry(MeterRegistry value) {
      this.registry = java.util.Optional.of(Objects.requireNonNull(value, "registry"));
      return this;
    }

    public Builder time(TimeSource value) {
      this.time = Objects.requireNonNull(value, "time");
      return this;
    }

    public Builder resolver(HostResolver value) {
      this.resolver = Objects.requireNonNull(value, "resolver");
      return this;
    }

    public IngestService build() {
      return new IngestService(this);
    }
  }
}
