package dev.akhbar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    Thread busy = new Thread(() -> spinFor(600), "rocksdb:busy");
    busy.start();
    Thread.sleep(400);
    Map<String, Double> ms = ThreadCpu.sample(pid).msPerArticleSince(before, 2);
    busy.join();

    assertThat(ms.keySet())
        .containsExactly(
            "processing", "jit_compiler", "gc", "rocksdb_background", "kafka_client_io");
    // At most 400 ms of spinning over 2 articles; at least a fair share of it on a busy machine.
    assertThat(ms.get("rocksdb_background")).isBetween(40.0, 205.0);
    assertThat(ms.get("kafka_client_io")).isZero();
  }

  @Test
  void isEmptyWhereThereIsNoSuchProcess() {
    ThreadCpu none = ThreadCpu.sample(Long.MAX_VALUE);
    assertThat(none.msPerArticleSince(none, 10).values()).containsOnly(0.0);
    assertThat(ThreadCpu.describe(Map.of("gc", 0.5))).isEqualTo("gc 0.50");
  }

  private static void spinFor(long millis) {
    long until = System.nanoTime() + millis * 1_000_000L;
    long x = 0;
    while (System.nanoTime() < until) {
      x += Long.numberOfTrailingZeros(x + until);
    }
    if (x == 42) {
      System.out.println(x);
    }
  }
}
