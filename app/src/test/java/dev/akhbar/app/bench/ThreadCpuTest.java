package dev.akhbar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a process's CPU went, thread by thread, from /proc. */
class ThreadCpuTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "akhbar-bench-c5 | PROCESSING",
        "main | PROCESSING",
        "C2 CompilerThre | JIT_COMPILER",
        "C1 CompilerThre | JIT_COMPILER",
        "GC Thread#1 | GC",
        "G1 Conc#0 | GC",
        "VM Thread | GC",
        "rocksdb:low | ROCKSDB_BACKGROUND",
        "rocksdb:high | ROCKSDB_BACKGROUND",
        "kafka-producer- | KAFKA_CLIENT_IO",
        "kafka-coordinat | KAFKA_CLIENT_IO",
      })
  void tellsWhatAThreadDoesByItsNameAsTheKernelKeepsIt(String name, ThreadCpu.Role role) {
    assertThat(ThreadCpu.Role.of(name)).isEqualTo(role);
  }

  @Test
  void countsABusyThreadsCpuUnderItsRole() throws Exception {
    assumeThat(Files.isDirectory(Path.of("/proc/self/task"))).isTrue();
    long pid = ProcessHandle.current().pid();
    ThreadCpu before = ThreadCpu.sample(pid);
    CountDownLatch spun = new CountDownLatch(1);
    CountDownLatch sampled = new CountDownLatch(1);
    // The thread spins until it has had 300 ms of CPU, however long a busy machine makes that
    // take, and stays alive (idle) until it has been sampled: a thread that ended is not counted.
    Thread busy =
        new Thread(
            () -> {
              spinForCpu(300);
              spun.countDown();
              awaitQuietly(sampled);
            },
            "rocksdb:busy");
    busy.start();
    spun.await();
    Map<String, Double> ms = ThreadCpu.sample(pid).msPerArticleSince(before, 2);
    sampled.countDown();
    busy.join();

    assertThat(ms.keySet())
        .containsExactly(
            "processing", "jit_compiler", "gc", "rocksdb_background", "kafka_client_io");
    // 300 ms of spinning over 2 articles, and a little for starting the thread and the last turn.
    assertThat(ms.get("rocksdb_background")).isBetween(150.0, 175.0);
    assertThat(ms.get("kafka_client_io")).isZero();
  }

  @Test
  void isEmptyWhereThereIsNoSuchProcess() {
    ThreadCpu none = ThreadCpu.sample(Long.MAX_VALUE);
    assertThat(none.msPerArticleSince(none, 10).values()).containsOnly(0.0);
    assertThat(ThreadCpu.describe(Map.of("gc", 0.5))).isEqualTo("gc 0.50");
  }

  private static void spinForCpu(long millis) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long until = threads.getCurrentThreadCpuTime() + millis * 1_000_000L;
    long x = 0;
    while (threads.getCurrentThreadCpuTime() < until) {
      x += Long.numberOfTrailingZeros(x + until);
    }
    if (x == 42) {
      System.out.println(x);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
