package dev.akhbar.app.bench;

import dev.akhbar.app.accounting.OutcomeTally;
import dev.akhbar.app.accounting.OutcomeWatcher;
import dev.akhbar.common.kafka.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cost growth: the processor's throughput as its dedup window fills. The articles up to each
 * checkpoint are produced while the processor is stopped; then a processor JVM starts on the state
 * the earlier segments left and is timed from RUNNING to the checkpoint's last outcome. Each
 * segment so pays for the history before it; its state size and resident memory are read at its
 * end.
 */
public final class GrowthBenchmark {

  private static final Logger LOG = LoggerFactory.getLogger(GrowthBenchmark.class);

  /** Articles generated and sent at a time, to keep memory flat however many there are. */
  static final int CHUNK = 5_000;

  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

  /**
   * One segment's figures.
   *
   * @param articles articles in the window at the end of the segment
   * @param rps the segment's articles per second
   * @param stateBytes the processor's state folder at the end of the segment
   * @param peakRssMb the segment's processor JVM peak resident set
   */
  public record Checkpoint(
      long articles, double rps, long stateBytes, double stateBytesPerArticle, double peakRssMb) {}

  /**
   * How it runs.
   *
   * @param checkpoints article counts, increasing
   */
  public record Settings(
      List<Integer> checkpoints,
      int partitions,
      String bootstrap,
      String processorHeap,
      int processorThreads,
      List<String> processorJvmOptions,
      Duration timeout,
      long seed,
      Path folder) {}

  private final Settings settings;

  public GrowthBenchmark(Settings settings) {
    this.settings = settings;
  }

  public List<Checkpoint> run() throws Exception {
    List<Checkpoint> out = new ArrayList<>();
    BenchInput input = new BenchInput(settings.seed(), false);
    Path state = settings.folder().resolve("growth-state");
    try (BenchCluster cluster =
        BenchCluster.start(settings.bootstrap(), settings.folder().resolve("broker"))) {
      Topics topics = cluster.topics("growth", settings.partitions());
      long done = 0;
      for (int checkpoint : settings.checkpoints()) {
        LOG.info("growth: producing articles {} to {}", done + 1, checkpoint);
        try (KafkaProducer<byte[], byte[]> producer =
            RawLimit.producer(cluster.client(), "akhbar-bench-growth")) {
          SendFailures failures = new SendFailures();
          for (long sent = done; sent < checkpoint; sent += CHUNK) {
            for (BenchRecord r : input.generate((int) Math.min(CHUNK, checkpoint - sent))) {
              producer.send(new ProducerRecord<>(topics.raw(), r.key(), r.value()), failures);
            }
          }
          producer.flush();
          failures.check(topics.raw());
        }
        try (ProcessorChild child =
            ProcessorChild.start(
                cluster.bootstrap(),
                topics,
                settings.partitions(),
                state,
                cluster.name("growth"),
                settings.processorHeap(),
                settings.processorThreads(),
                settings.processorJvmOptions(),
                null,
                START_TIMEOUT)) {
          long start = System.nanoTime();
          try (OutcomeWatcher watcher = new OutcomeWatcher(cluster.client(), topics.outcomes())) {
            OutcomeTally tally = watcher.awaitOutcomes(checkpoint, settings.timeout());
            if (tally.total() < checkpoint) {
              throw new IllegalStateException(
                  "the processor accounted for only " + tally.total() + " of " + checkpoint);
            }
          }
          double seconds = (System.nanoTime() - start) / 1e9;
          ProcessorChild.Memory memory = child.stop(Duration.ofMinutes(1));
          long stateBytes = size(state);
          Checkpoint c =
              new Checkpoint(
                  checkpoint,
                  (checkpoint - done) / seconds,
                  stateBytes,
                  stateBytes / (double) checkpoint,
                  memory.peakRssBytes() / (1024.0 * 1024.0));
          LOG.info("growth: {}", c);
          out.add(c);
        }
        done = checkpoint;
      }
    }
    return out;
  }

  private static long size(Path folder) {
    if (!Files.exists(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              f -> {
                try {
                  return Files.size(f);
                } catch (IOException e) {
                  return 0; // a RocksDB file compacted away while we walked
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
