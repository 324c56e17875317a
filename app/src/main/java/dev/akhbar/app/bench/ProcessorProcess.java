package dev.akhbar.app.bench;

import dev.akhbar.common.kafka.Topics;
import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.ProcessorService;
import dev.akhbar.processor.tag.Tagger;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The processor alone in its own JVM, so that its memory is its own and not the broker's: the
 * benchmark starts it with {@link ProcessorChild}. It prints {@value #RUNNING} once Kafka Streams
 * runs, processes until a line {@value #STOP} or the end of stdin, closes, and prints its peak heap
 * as one last line: {@code peak_heap_bytes=N}.
 *
 * <pre>
 * ProcessorProcess BOOTSTRAP TOPIC_PREFIX PARTITIONS STATE_DIR APPLICATION_ID THREADS [WARM_UP_PREFIX WARM_UP_ARTICLES]
 * </pre>
 *
 * <p>With a warm-up, it first runs {@link #WARM_UP_RUNS} other processors one after the other (each
 * its own application id and state) on the topics of {@code WARM_UP_PREFIX}, each until it has
 * accounted for its share of {@code WARM_UP_ARTICLES} raw records, closes them, and only then
 * starts the measured one: the JIT compiler has then done most of its work, as in a service that
 * has been running for a while.
 *
 * <p>Every system property named {@value #SETTING_PREFIX}{@code KEY} becomes Kafka setting {@code
 * KEY} of both processors (a Kafka Streams setting such as {@code commit.interval.ms}, or a client
 * setting); {@code akhbar bench --processor-setting KEY=VALUE} passes them.
 */
public final class ProcessorProcess {

  /**
   * Processors the warm-up runs one after the other, each on the first part of the warm-up's
   * articles. The start of a new Kafka Streams application in a JVM whose compiled code was
   * specialised to one running application throws some of it away (class checks and untaken
   * branches fail at the new application's first records) and the compiler redoes it during the
   * first tens of seconds. With one warm-up processor that happened in the measured one: its JIT
   * compiler threads took 0.37–0.67 ms of CPU per timed article, against 0.16–0.21 after two
   * (BENCHMARKS.md).
   */
  static final int WARM_UP_RUNS = 2;

  static final String RUNNING = "running";
  static final String STOP = "stop";
  static final String PEAK_HEAP = "peak_heap_bytes=";

  /** The prefix of the system properties that carry Kafka settings for the processor. */
  public static final String SETTING_PREFIX = "akhbar.bench.processor.";

  private ProcessorProcess() {}

  public static void main(String[] args) throws InterruptedException, IOException {
    if (args.length != 6 && args.length != 8) {
      System.err.println(
          "usage: ProcessorProcess BOOTSTRAP TOPIC_PREFIX PARTITIONS STATE_DIR APPLICATION_ID"
              + " THREADS [WARM_UP_PREFIX WARM_UP_ARTICLES]");
      System.exit(2);
    }
    ProcessorConfig config =
        ProcessorConfig.builder()
            .bootstrapServers(args[0])
            .topics(new Topics(args[1]))
            .partitions(Integer.parseInt(args[2]))
            .stateDir(Path.of(args[3]))
            .applicationId(args[4])
            .threads(Integer.parseInt(args[5]))
            .createTopics(true)
            .kafka(kafkaSettings(args[0]))
            .build();
    Tagger tagger = Tagger.load();
    if (args.length == 8) {
      long articles = Long.parseLong(args[7]);
      for (int run = 1; run <= WARM_UP_RUNS; run++) {
        long share = (articles + WARM_UP_RUNS - run) / WARM_UP_RUNS;
        if (share == 0) {
          continue;
        }
        warmUp(
            config.toBuilder()
                .topics(new Topics(args[6]))
                .stateDir(Path.of(args[3] + "-warm-up-" + run))
                .applicationId(args[4] + "-warm-up-" + run)
                .build(),
            tagger,
            share);
      }
    }
    try (ProcessorService processor =
        new ProcessorService(config, tagger, new SimpleMeterRegistry())) {
      processor.start();
      if (!processor.awaitRunning(Duration.ofMinutes(2))) {
        System.err.println("the processor did not reach RUNNING: " + processor.state());
        System.exit(1);
      }
      System.out.println(RUNNING);
      System.out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null && !line.strip().equals(STOP)) {
        // Only the stop line matters.
      }
    }
    System.out.println(PEAK_HEAP + peakHeapBytes());
    System.out.flush();
  }

  /** The bootstrap servers and every setting passed as a {@value #SETTING_PREFIX} property. */
  private static Map<String, String> kafkaSettings(String bootstrap) {
    Map<String, String> settings = new TreeMap<>();
    settings.put("bootstrap.servers", bootstrap);
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith(SETTING_PREFIX)) {
        settings.put(name.substring(SETTING_PREFIX.length()), System.getProperty(name));
      }
    }
    return settings;
  }

  /** Runs a processor until it has accounted for {@code articles} raw records, then closes it. */
  private static void warmUp(ProcessorConfig config, Tagger tagger, long articles)
      throws InterruptedException {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    try (ProcessorService processor = new ProcessorService(config, tagger, registry)) {
      processor.start();
      while (accounted(registry) < articles) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "the warm-up accounted for only " + accounted(registry) + " of " + articles);
        }
        Thread.sleep(100);
      }
    }
  }

  private static double accounted(SimpleMeterRegistry registry) {
    return registry.find("akhbar.processor.outcomes").counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap ever in use at once. */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
