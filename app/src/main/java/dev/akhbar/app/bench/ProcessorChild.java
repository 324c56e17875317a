package dev.akhbar.app.bench;

import dev.akhbar.common.kafka.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ProcessorProcess} started by this JVM with the same Java and class path, its logs on
 * this process's stderr. Its resident memory is read from {@code /proc} while it runs.
 */
final class ProcessorChild implements AutoCloseable {

  /** What the processor process used. */
  record Memory(long peakHeapBytes, long peakRssBytes) {}

  private final Process process;
  private final BufferedReader out;
  private final Writer in;

  /** Articles waiting on {@code topics}' raw topic for the child's warm-up. */
  record WarmUp(Topics topics, int articles) {}

  private ProcessorChild(Process process) {
    this.process = process;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
  }

  /**
   * Starts the processor on {@code topics} and waits until it runs.
   *
   * @param heap the child's {@code -Xmx}, as the JVM takes it ({@code 512m})
   * @param threads the processor's stream threads
   * @param jvmOptions more options for the child's JVM (a flight recording, a GC)
   * @param warmUp articles the child processes on topics of their own before it starts the measured
   *     processor and says it runs; null for none
   */
  static ProcessorChild start(
      String bootstrap,
      Topics topics,
      int partitions,
      Path stateDir,
      String applicationId,
      String heap,
      int threads,
      List<String> jvmOptions,
      WarmUp warmUp,
      Duration timeout)
      throws IOException, InterruptedException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + heap);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ProcessorProcess.class.getName());
    command.add(bootstrap);
    command.add(topics.prefix());
    command.add(Integer.toString(partitions));
    command.add(stateDir.toString());
    command.add(applicationId);
    command.add(Integer.toString(threads));
    if (warmUp != null) {
      command.add(warmUp.topics().prefix());
      command.add(Integer.toString(warmUp.articles()));
    }
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    ProcessorChild child = new ProcessorChild(process);
    try {
      child.awaitLine(ProcessorProcess.RUNNING, timeout);
      return child;
    } catch (IOException | RuntimeException e) {
      child.close();
      throw e;
    }
  }

  private String awaitLine(String prefix, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith(prefix)) {
        return line;
      }
      if (System.nanoTime() > deadline) {
        break;
      }
    }
    throw new IllegalStateException(
        "the processor process did not print '" + prefix + "' (exit " + exitCode() + ")");
  }

  private String exitCode() {
    return process.isAlive() ? "none yet" : Integer.toString(process.exitValue());
  }

  long pid() {
    return process.pid();
  }

  /** CPU time the processor process has used so far (all its threads), or zero if unknown. */
  Duration cpuTime() {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** Current resident set of the processor process, in bytes. */
  OptionalLong rss() {
    return ProcessMemory.rss(process.pid());
  }

  /** Stops the processor cleanly and returns what it used at its peak. */
  Memory stop(Duration timeout) throws IOException, InterruptedException {
    long peakRss = ProcessMemory.peakRss(process.pid()).orElse(0);
    in.write(ProcessorProcess.STOP + "\n");
    in.flush();
    String line = awaitLine(ProcessorProcess.PEAK_HEAP, timeout);
    long peakHeap = Long.parseLong(line.substring(ProcessorProcess.PEAK_HEAP.length()).strip());
    process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    return new Memory(peakHeap, peakRss);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }
}
