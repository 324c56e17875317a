package dev.akhbar.app.embedded;

import dev.akhbar.app.accounting.OutcomeTally;
import dev.akhbar.app.accounting.OutcomeWatcher;
import dev.akhbar.app.accounting.SinkProgress;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.broker.FolderRemoval;
import dev.akhbar.common.kafka.TopicProvisioner;
import dev.akhbar.common.kafka.TopicSpecs;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.ProcessorService;
import dev.akhbar.processor.tag.Tagger;
import dev.akhbar.sink.SinkConfig;
import dev.akhbar.sink.SinkService;
import dev.akhbar.sink.Store;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node broker, the processor and the sink, all in this JVM, under one folder. Stages
 * are started in dependency order and stopped in reverse; {@link #close()} is safe at any point.
 */
public final class EmbeddedPipeline implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPipeline.class);

  /** How long to wait for Kafka Streams to reach RUNNING. */
  public static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

  private final Settings settings;
  private EmbeddedKafkaBroker broker;
  private Store store;
  private SinkService sink;
  private Thread sinkThread;
  private ProcessorService processor;

  /**
   * What the pipeline runs with.
   *
   * @param folder the broker's folder and the processor's state; created if absent
   * @param deleteFolderOnClose whether {@link #close()} removes {@code folder} (a temporary run)
   * @param partitions partitions of every topic
   */
  public record Settings(
      Path folder,
      boolean deleteFolderOnClose,
      int partitions,
      Topics topics,
      StoreLocation store,
      MeterRegistry registry) {}

  private EmbeddedPipeline(Settings settings) {
    this.settings = settings;
  }

  /** Starts the broker, creates the topics, opens the store, and starts the sink and processor. */
  public static EmbeddedPipeline start(Settings settings) throws InterruptedException {
    EmbeddedPipeline pipeline = new EmbeddedPipeline(settings);
    try {
      pipeline.startStages();
      return pipeline;
    } catch (RuntimeException | InterruptedException e) {
      pipeline.close();
      throw e;
    }
  }

  private void startStages() throws InterruptedException {
    broker = EmbeddedKafkaBroker.builder(settings.folder().resolve("broker")).build().start();
    try (Admin admin = Admin.create(clientProperties())) {
      TopicProvisioner.ensure(
          admin, TopicSpecs.singleNode(settings.partitions()).newTopics(settings.topics()), true);
    }
    store = Store.open(settings.store());
    sink =
        new SinkService(
            SinkConfig.defaults(broker.bootstrapServers()).withTopics(settings.topics()),
            store,
            settings.registry());
    sinkThread = new Thread(sink, "akhbar-sink");
    sinkThread.start();
    processor =
        new ProcessorService(
            ProcessorConfig.builder()
                .bootstrapServers(broker.bootstrapServers())
                .topics(settings.topics())
                .partitions(settings.partitions())
                .stateDir(settings.folder().resolve("streams"))
                .build(),
            Tagger.load(),
            settings.registry());
    processor.start();
    if (!processor.awaitRunning(STARTUP_TIMEOUT)) {
      throw new IllegalStateException(
          "the processor did not start within " + STARTUP_TIMEOUT + ": " + processor.state());
    }
  }

  /** Client properties of the embedded broker. */
  public Map<String, Object> clientProperties() {
    Map<String, Object> p = new HashMap<>();
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return p;
  }

  public Topics topics() {
    return settings.topics();
  }

  public Store store() {
    return store;
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  /**
   * Waits until {@code rawRecords} raw records have an outcome and the sink has stored everything
   * the processor wrote.
   *
   * @return the outcomes; fewer than {@code rawRecords} if {@code timeout} passed first
   */
  public OutcomeTally awaitQuiet(long rawRecords, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    OutcomeTally tally;
    try (OutcomeWatcher watcher = new OutcomeWatcher(clientProperties(), topics().outcomes())) {
      tally = watcher.awaitOutcomes(rawRecords, timeout);
    }
    if (tally.total() < rawRecords) {
      LOG.warn(
          "only {} of {} raw records have an outcome after {}", tally.total(), rawRecords, timeout);
      return tally;
    }
    Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    try (Admin admin = Admin.create(clientProperties())) {
      SinkProgress progress = new SinkProgress(admin, clientProperties());
      if (!progress.awaitCaughtUp(SinkConfig.DEFAULT_GROUP_ID, sinkTopics(), left)) {
        LOG.warn("the sink has not stored everything after {}", timeout);
      }
    }
    return tally;
  }

  private java.util.List<String> sinkTopics() {
    Topics t = topics();
    return java.util.List.of(t.articles(), t.duplicates(), t.rejected(), t.deadLetters());
  }

  /** Stops the processor, then the sink (which finishes its batch), the store and the broker. */
  @Override
  public void close() {
    if (processor != null) {
      processor.close();
    }
    if (sink != null) {
      sink.close();
      joinQuietly(sinkThread);
    }
    if (store != null) {
      store.close();
    }
    if (broker != null) {
      broker.close();
    }
    if (settings.deleteFolderOnClose()) {
      try {
        FolderRemoval.deleteRecursively(settings.folder());
      } catch (IOException e) {
        LOG.warn("could not remove {}: {}", settings.folder(), e.getMessage());
      }
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(Duration.ofSeconds(60).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
