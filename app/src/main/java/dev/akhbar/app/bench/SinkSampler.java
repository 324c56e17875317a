package dev.akhbar.app.bench;

import dev.akhbar.sink.SinkService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Samples a running sink's status every {@value #SAMPLE_MILLIS} ms on its own thread, so that the
 * moment it got its partitions and the moment it had committed a number of records are known even
 * when the number is learnt later (after counting the topics).
 */
final class SinkSampler implements AutoCloseable {

  static final long SAMPLE_MILLIS = 10;

  private record Sample(long nanos, int assigned, long committed) {}

  private final SinkService sink;
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  SinkSampler(SinkService sink) {
    this.sink = sink;
    this.thread = new Thread(this::sample, "akhbar-bench-sink-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    while (running) {
      var status = sink.status();
      synchronized (samples) {
        samples.add(
            new Sample(System.nanoTime(), status.assignedPartitions(), status.committedRecords()));
      }
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** The {@link System#nanoTime()} of the first sample in which the sink owned partitions. */
  OptionalLong awaitAssigned(Duration timeout) throws InterruptedException {
    return await(timeout, s -> s.assigned() > 0);
  }

  /** The {@link System#nanoTime()} of the first sample with {@code records} records committed. */
  OptionalLong awaitCommitted(long records, Duration timeout) throws InterruptedException {
    return await(timeout, s -> s.committed() >= records);
  }

  long committed() {
    return sink.status().committedRecords();
  }

  private OptionalLong await(Duration timeout, Predicate<Sample> reached)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    do {
      synchronized (samples) {
        for (Sample s : samples) {
          if (reached.test(s)) {
            return OptionalLong.of(s.nanos());
          }
        }
      }
      Thread.sleep(SAMPLE_MILLIS);
    } while (System.nanoTime() < deadline);
    return OptionalLong.empty();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
