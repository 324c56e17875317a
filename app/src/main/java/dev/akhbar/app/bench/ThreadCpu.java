package dev.akhbar.app.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU time of a process's threads, by what they do: one sample of Linux's {@code
 * /proc/PID/task/TID/comm} (the thread's name, which the kernel cuts to 15 characters) and {@code
 * schedstat} (nanoseconds spent on a CPU). Two samples tell where a run's CPU went: into the
 * processing itself, or into the JIT compiler, the garbage collector, RocksDB's flushes and
 * compactions, or the Kafka clients' network threads. Empty where there is no {@code /proc}.
 */
final class ThreadCpu {

  /** What a thread of the processor's JVM does, told by its name. */
  enum Role {
    /** Kafka Streams' stream threads (named after the application) and every other thread. */
    PROCESSING("processing"),
    /** The JVM's C1 and C2 compiler threads. */
    JIT_COMPILER("jit_compiler"),
    /** The garbage collector's threads and the VM thread that runs its pauses. */
    GC("gc"),
    /** RocksDB's background threads: memtable flushes and compactions. */
    ROCKSDB_BACKGROUND("rocksdb_background"),
    /** The Kafka clients' own threads: the producers' senders, the consumers' heartbeats. */
    KAFKA_CLIENT_IO("kafka_client_io");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }

    static Role of(String threadName) {
      if (threadName.contains("CompilerThre")) {
        return JIT_COMPILER;
      }
      if (threadName.startsWith("GC Thread")
          || threadName.startsWith("G1 ")
          || threadName.equals("VM Thread")) {
        return GC;
      }
      if (threadName.startsWith("rocksdb:")) {
        return ROCKSDB_BACKGROUND;
      }
      if (threadName.startsWith("kafka-")) {
        return KAFKA_CLIENT_IO;
      }
      return PROCESSING;
    }
  }

  private record Sample(Role role, long cpuNanos) {}

  private final Map<Long, Sample> threads;

  private ThreadCpu(Map<Long, Sample> threads) {
    this.threads = threads;
  }

  /** The threads of {@code pid} now; no threads where {@code /proc} cannot be read. */
  static ThreadCpu sample(long pid) {
    Map<Long, Sample> threads = new HashMap<>();
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
      for (Path task : all) {
        try {
          String name = Files.readString(task.resolve("comm")).strip();
          // "cpu-nanos wait-nanos timeslices"
          String schedstat = Files.readString(task.resolve("schedstat")).strip();
          long cpuNanos = Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
          threads.put(
              Long.parseLong(task.getFileName().toString()), new Sample(Role.of(name), cpuNanos));
        } catch (IOException | RuntimeException gone) {
          // the thread ended between the listing and the read, or the format is not Linux's
        }
      }
    } catch (IOException e) {
      return new ThreadCpu(Map.of());
    }
    return new ThreadCpu(threads);
  }

  /**
   * Milliseconds of CPU per article by role since {@code earlier}, every role present, in {@link
   * Role} order. A thread that ended in between is missed; one that started counts from zero.
   */
  Map<String, Double> msPerArticleSince(ThreadCpu earlier, long articles) {
    Map<Role, Long> nanos = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      nanos.put(role, 0L);
    }
    threads.forEach(
        (tid, now) -> {
          Sample then = earlier.threads.get(tid);
          long before = then == null || then.role() != now.role() ? 0 : then.cpuNanos();
          nanos.merge(now.role(), Math.max(0, now.cpuNanos() - before), Long::sum);
        });
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((role, n) -> out.put(role.label(), articles == 0 ? 0 : n / 1e6 / articles));
    return out;
  }

  /** {@code label 1.23, label 0.45, …} for the table. */
  static String describe(Map<String, Double> msPerArticle) {
    StringBuilder out = new StringBuilder();
    msPerArticle.forEach(
        (label, ms) ->
            out.append(out.isEmpty() ? "" : ", ")
                .append(label.replace('_', ' '))
                .append(String.format(Locale.ROOT, " %.2f", ms)));
    return out.toString();
  }
}
