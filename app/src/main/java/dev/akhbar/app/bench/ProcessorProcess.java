package dev.akhbar.app.bench;

import dev.akhbar.common.kafka.Topics;
import dev.akhbar.processor.ProcessorConfig;
import dev.akhbar.processor.ProcessorService;
import dev.akhbar.processor.tag.Tagger;
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

/**
 * The processor alone in its own JVM, so that its memory is its own and not the broker's: the
 * benchmark starts it with {@link ProcessorChild}. It prints {@value #RUNNING} once Kafka Streams
 * runs, processes until a line {@value #STOP} or the end of stdin, closes, and prints its peak heap
 * as one last line: {@code peak_heap_bytes=N}.
 *
 * <pre>
 * ProcessorProcess BOOTSTRAP TOPIC_PREFIX PARTITIONS STATE_DIR APPLICATION_ID
 * </pre>
 */
public final class ProcessorProcess {

  static final String RUNNING = "running";
  static final String STOP = "stop";
  static final String PEAK_HEAP = "peak_heap_bytes=";

  private ProcessorProcess() {}

  public static void main(String[] args) throws InterruptedException, IOException {
    if (args.length != 6) {
      System.err.println(
          "usage: ProcessorProcess BOOTSTRAP TOPIC_PREFIX PARTITIONS STATE_DIR APPLICATION_ID"
              + " THREADS");
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
            .build();
    try (ProcessorService processor =
        new ProcessorService(config, Tagger.load(), new SimpleMeterRegistry())) {
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
