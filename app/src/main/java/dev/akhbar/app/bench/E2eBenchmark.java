package dev.akhbar.app.bench;

import dev.akhbar.app.accounting.OutcomeTally;
import dev.akhbar.app.accounting.OutcomeWatcher;
import dev.akhbar.app.accounting.RunSummary;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.ProcessorService;
import dev.akhbar.processor.tag.Tagger;
import dev.akhbar.sink.BareLoader;
import dev.akhbar.sink.SinkConfig;
import dev.akhbar.sink.SinkService;
import dev.akhbar.sink.Store;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end-to-end benchmark, in one run on one broker, each stage beside the limit it sits on:
 *
 * <ol>
 *   <li>the raw limit: the input produced to a raw topic and consumed back with plain clients;
 *   <li>the processor alone on that raw topic, exactly-once, in its own JVM (its memory apart from
 *       the broker's);
 *   <li>the sink alone on what the processor wrote, into an empty store, and the bare JDBC loader
 *       with the same final articles into another empty store of the same kind;
 *   <li>the whole pipeline (processor and sink in this JVM) from a fresh raw topic to rows;
 *   <li>then, on that running pipeline, the latency from fetch to committed row at a fixed rate.
 * </ol>
 */
public final class E2eBenchmark {

  private static final Logger LOG = LoggerFactory.getLogger(E2eBenchmark.class);

  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

  /**
   * How the benchmark runs.
   *
   * @param articles how many raw articles (at most this many of {@code input})
   * @param input a JSON Lines backfill file, or null to generate the articles
   * @param bootstrap a running cluster, or null for an embedded broker
   * @param store the kind of store and where its benchmark stores go
   * @param rate articles per second of the latency run
   * @param latencyArticles articles of the latency run
   * @param warmUp articles the processor's JVM processes (on topics of their own) before it is
   *     timed
   * @param processorHeap the processor JVM's {@code -Xmx}
   * @param processorThreads stream threads of the processor, alone and in the pipeline
   * @param processorSettings Kafka Streams and client settings of the processor, alone and in the
   *     pipeline (empty: its own)
   * @param originalsOnly generate originals only, so that the sink's records are the bare loader's
   *     rows
   * @param folder for the embedded broker, the processors' state and SQLite files
   */
  public record Settings(
      int articles,
      int partitions,
      Path input,
      String bootstrap,
      StoreLocation store,
      double rate,
      int latencyArticles,
      int warmUp,
      String processorHeap,
      int processorThreads,
      Map<String, String> processorSettings,
      List<String> processorJvmOptions,
      Duration timeout,
      long seed,
      boolean originalsOnly,
      Path folder) {}

  private final Settings settings;
  private final BenchInput input;

  public E2eBenchmark(Settings settings) {
    this.settings = settings;
    this.input = new BenchInput(settings.seed(), settings.originalsOnly());
  }

  public E2eFigures run() throws Exception {
    List<BenchRecord> records;
    long unreadable = 0;
    if (settings.input() != null) {
      BenchInput.FileRecords file = input.read(settings.input(), settings.articles());
      records = file.records();
      unreadable = file.unreadable();
    } else {
      records = input.generate(settings.articles());
    }
    if (records.isEmpty()) {
      throw new IllegalStateException("no readable article in the input");
    }
    try (BenchCluster cluster =
            BenchCluster.start(settings.bootstrap(), settings.folder().resolve("broker"));
        BenchStores stores = new BenchStores(settings.store())) {
      Topics stage = cluster.topics("stage", settings.partitions());

      LOG.info("raw limit: producing and consuming {} records", records.size());
      RawLimit.Rates limit = RawLimit.measure(cluster.client(), stage.raw(), records);

      LOG.info("processor alone, in its own JVM");
      ProcessorStage processor = processorStage(cluster, stage, records.size());
      RunSummary summary = processor.tally().summary(records.size() + unreadable, unreadable);

      SinkInput sinkInput = SinkInput.read(cluster.client(), stage);
      LOG.info(
          "sink alone: {} records, {} final articles",
          sinkInput.records(),
          sinkInput.finalArticles().size());
      double sinkRps = sinkStage(cluster, stage, stores.fresh("sink"), sinkInput.records());

      LOG.info("bare loader: {} articles", sinkInput.finalArticles().size());
      double bareRps;
      try (Store bare = Store.open(stores.fresh("bare"))) {
        bareRps =
            BareLoader.load(bare, sinkInput.finalArticles(), SinkConfig.DEFAULT_BATCH_SIZE)
                .rowsPerSecond();
      }

      LOG.info("whole pipeline, then latency at {} articles/s", settings.rate());
      PipelineStage pipeline = pipelineStage(cluster, stores, records);

      long driverRss = ProcessMemory.peakRss(ProcessHandle.current().pid()).orElse(0);
      return new E2eFigures(
          limit.produceRps(),
          limit.consumeRps(),
          processor.rps(),
          processor.rps() / limit.produceRps(),
          sinkRps,
          bareRps,
          bareRps == 0 ? 0 : sinkRps / bareRps,
          pipeline.latency().quantile(0.50),
          pipeline.latency().quantile(0.99),
          mib(processor.memory().peakRssBytes()),
          pipeline.rps(),
          pipeline.rps() / limit.produceRps(),
          mib(processor.memory().peakHeapBytes()),
          mib(driverRss),
          processor.cpuMsPerArticle(),
          processor.cpuByThreads(),
          processor.driverCpuMsPerArticle(),
          settings.rate(),
          pipeline.latency().samples(),
          pipeline.missing(),
          pipeline.latency().processedQuantile(0.50),
          pipeline.latency().processedQuantile(0.99),
          pipeline.latency().processedSamples(),
          settings.store().kind().name().toLowerCase(Locale.ROOT),
          settings.partitions(),
          settings.processorThreads(),
          settings.processorSettings(),
          limit.megabytes(),
          summary.input(),
          summary.stored(),
          summary.updated(),
          summary.unchanged(),
          summary.duplicates(),
          summary.rejected(),
          summary.deadLetters(),
          sinkInput.records(),
          sinkInput.finalArticles().size());
    }
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  record ProcessorStage(
      double rps,
      double cpuMsPerArticle,
      double driverCpuMsPerArticle,
      Map<String, Double> cpuByThreads,
      OutcomeTally tally,
      ProcessorChild.Memory memory) {}

  private ProcessorStage processorStage(BenchCluster cluster, Topics topics, int records)
      throws Exception {
    try (ProcessorChild child =
        ProcessorChild.start(
            cluster.bootstrap(),
            topics,
            settings.partitions(),
            settings.folder().resolve("processor-state"),
            cluster.name("processor"),
            settings.processorHeap(),
            settings.processorThreads(),
            settings.processorJvmOptions(),
            warmUpTopics(cluster),
            START_TIMEOUT.plus(settings.timeout()))) {
      long start = System.nanoTime();
      Duration cpuAtStart = child.cpuTime();
      ThreadCpu threadsAtStart = ThreadCpu.sample(child.pid());
      Duration driverCpuAtStart = ownCpuTime();
      OutcomeTally tally;
      try (OutcomeWatcher watcher = new OutcomeWatcher(cluster.client(), topics.outcomes())) {
        tally = watcher.awaitOutcomes(records, settings.timeout());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuMsPerArticle = child.cpuTime().minus(cpuAtStart).toNanos() / 1e6 / records;
      Map<String, Double> cpuByThreads =
          ThreadCpu.sample(child.pid()).msPerArticleSince(threadsAtStart, records);
      double driverCpuMsPerArticle = ownCpuTime().minus(driverCpuAtStart).toNanos() / 1e6 / records;
      if (tally.total() < records) {
        throw new IllegalStateException(
            "the processor accounted for only " + tally.total() + " of " + records + " records");
      }
      ProcessorChild.Memory memory = child.stop(Duration.ofMinutes(1));
      return new ProcessorStage(
          records / seconds, cpuMsPerArticle, driverCpuMsPerArticle, cpuByThreads, tally, memory);
    }
  }

  /**
   * The warm-up's topics, holding {@link Settings#warmUp} generated articles of another seed, or
   * null when there is no warm-up.
   */
  private ProcessorChild.WarmUp warmUpTopics(BenchCluster cluster) {
    if (settings.warmUp() == 0) {
      return null;
    }
    Topics warm = cluster.topics("warm-up", settings.partitions());
    LOG.info("warm-up: {} articles for the processor's JVM", settings.warmUp());
    cluster.publish(
        "akhbar-bench-warm-up",
        warm.raw(),
        new BenchInput(settings.seed() + 1, settings.originalsOnly()).generate(settings.warmUp()));
    return new ProcessorChild.WarmUp(warm, settings.warmUp());
  }

  /** CPU time of this JVM (the embedded broker, when there is one), or zero if unknown. */
  private static Duration ownCpuTime() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private double sinkStage(
      BenchCluster cluster, Topics topics, StoreLocation location, long records)
      throws InterruptedException {
    try (Store store = Store.open(location)) {
      SinkService sink =
          new SinkService(
              SinkConfig.defaults(cluster.bootstrap())
                  .withTopics(topics)
                  .withGroupId(cluster.name("sink")),
              store,
              new SimpleMeterRegistry());
      Thread thread = new Thread(sink, "akhbar-bench-sink");
      thread.start();
      try (SinkSampler sampler = new SinkSampler(sink)) {
        OptionalLong assigned = sampler.awaitAssigned(START_TIMEOUT);
        OptionalLong done = sampler.awaitCommitted(records, settings.timeout());
        if (assigned.isEmpty() || done.isEmpty()) {
          throw new IllegalStateException(
              "the sink committed only " + sampler.committed() + " of " + records + " records");
        }
        return records / ((done.getAsLong() - assigned.getAsLong()) / 1e9);
      } finally {
        sink.close();
        thread.join(Duration.ofMinutes(1).toMillis());
      }
    }
  }

  record PipelineStage(double rps, LatencyProbe latency, int missing) {}

  private PipelineStage pipelineStage(
      BenchCluster cluster, BenchStores stores, List<BenchRecord> records) throws Exception {
    Topics topics = cluster.topics("pipeline", settings.partitions());
    StoreLocation location = stores.fresh("pipeline");
    try (Store store = Store.open(location)) {
      SinkService sink =
          new SinkService(
              SinkConfig.defaults(cluster.bootstrap())
                  .withTopics(topics)
                  .withGroupId(cluster.name("pipeline-sink")),
              store,
              new SimpleMeterRegistry());
      Thread sinkThread = new Thread(sink, "akhbar-bench-pipeline-sink");
      sinkThread.start();
      ProcessorConfig config =
          ProcessorConfig.builder()
              .kafka(settings.processorSettings())
              .bootstrapServers(cluster.bootstrap())
              .topics(topics)
              .partitions(settings.partitions())
              .threads(settings.processorThreads())
              .stateDir(settings.folder().resolve("pipeline-state"))
              .applicationId(cluster.name("pipeline"))
              .createTopics(true)
              .build();
      try (SinkSampler sampler = new SinkSampler(sink);
          ProcessorService processor =
              new ProcessorService(config, Tagger.load(), new SimpleMeterRegistry())) {
        processor.start();
        if (!processor.awaitRunning(START_TIMEOUT)
            || sampler.awaitAssigned(START_TIMEOUT).isEmpty()) {
          throw new IllegalStateException("the pipeline did not start: " + processor.state());
        }
        double rps = throughput(cluster, topics, records, sampler);
        LatencyProbe latency = new LatencyProbe();
        int missing;
        try (Connection connection = stores.open(location)) {
          missing = latency(cluster, topics, latency, connection);
        }
        return new PipelineStage(rps, latency, missing);
      } finally {
        sink.close();
        sinkThread.join(Duration.ofMinutes(1).toMillis());
      }
    }
  }

  /** Articles per second from the first send of {@code records} to their last committed row. */
  private double throughput(
      BenchCluster cluster, Topics topics, List<BenchRecord> records, SinkSampler sampler)
      throws InterruptedException {
    long start = System.nanoTime();
    cluster.publish("akhbar-bench-pipeline", topics.raw(), records);
    try (OutcomeWatcher watcher = new OutcomeWatcher(cluster.client(), topics.outcomes())) {
      OutcomeTally tally = watcher.awaitOutcomes(records.size(), settings.timeout());
      if (tally.total() < records.size()) {
        throw new IllegalStateException(
            "the pipeline accounted for only " + tally.total() + " of " + records.size());
      }
    }
    long sinkRecords = SinkInput.read(cluster.client(), topics).records();
    OptionalLong done = sampler.awaitCommitted(sinkRecords, settings.timeout());
    if (done.isEmpty()) {
      throw new IllegalStateException(
          "the pipeline's sink committed only " + sampler.committed() + " of " + sinkRecords);
    }
    return records.size() / ((done.getAsLong() - start) / 1e9);
  }

  /**
   * Sends fresh articles at the fixed rate, each with {@code fetched_at} set as it is sent, while
   * the probe watches the store for their rows.
   *
   * @return awaited articles that never got a row
   */
  private int latency(BenchCluster cluster, Topics topics, LatencyProbe probe, Connection store)
      throws Exception {
    AtomicBoolean producing = new AtomicBoolean(true);
    SendFailures failures = new SendFailures();
    long intervalNanos = (long) (1e9 / settings.rate());
    Map<String, Object> client = cluster.client();
    Thread producer =
        new Thread(
            () -> {
              try (KafkaProducer<byte[], byte[]> p =
                  RawLimit.producer(client, "akhbar-bench-latency")) {
                long next = System.nanoTime();
                for (int i = 0; i < settings.latencyArticles(); i++) {
                  long wait = next - System.nanoTime();
                  if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  }
                  Instant now = Instant.now();
                  BenchRecord r = input.generateFetchedAt(now);
                  probe.await(r.articleId(), now.toEpochMilli());
                  p.send(new ProducerRecord<>(topics.raw(), r.key(), r.value()), failures);
                  next += intervalNanos;
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                producing.set(false);
              }
            },
            "akhbar-bench-latency-producer");
    long deadline =
        System.nanoTime()
            + (long) (settings.latencyArticles() / settings.rate() * 1e9)
            + Duration.ofMinutes(2).toNanos();
    int missing;
    OutcomeProbe outcomes = new OutcomeProbe(client, topics.outcomes(), probe);
    try {
      producer.start();
      missing = probe.run(store, producing::get, deadline);
      producer.join();
      probe.awaitProcessed(
          Math.min(deadline, System.nanoTime() + Duration.ofSeconds(10).toNanos()));
    } finally {
      outcomes.close();
    }
    failures.check(topics.raw());
    if (missing > 0) {
      LOG.warn("{} articles of the latency run never got a row", missing);
    }
    return missing;
  }
}
