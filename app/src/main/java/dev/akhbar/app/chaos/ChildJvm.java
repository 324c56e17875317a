package dev.akhbar.app.chaos;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code akhbar} command in a JVM of its own, that can be killed with SIGKILL and started again
 * with the same arguments. Its output is appended to {@code NAME.log} across restarts.
 */
final class ChildJvm {

  private final String name;
  private final List<String> command;
  private final Path log;
  private Process process;
  private boolean killedOnPurpose;

  ChildJvm(String name, Path jar, String heap, List<String> akhbarArgs, Path logDir) {
    this.name = name;
    this.command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(jar.toString());
    command.add("dev.akhbar.app.Akhbar");
    command.addAll(akhbarArgs);
    this.log = logDir.resolve(name + ".log");
  }

  String name() {
    return name;
  }

  synchronized ChildJvm start() throws IOException {
    Files.writeString(
        log,
        "=== start: " + String.join(" ", command) + System.lineSeparator(),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Redirect.appendTo(log.toFile()))
            .start();
    killedOnPurpose = false;
    return this;
  }

  /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux), then waits for the end. */
  synchronized long kill() throws InterruptedException {
    long pid = process.pid();
    killedOnPurpose = true;
    process.destroyForcibly();
    process.waitFor();
    return pid;
  }

  /** Whether it ended without being killed on purpose: a crash the supervisor restarts. */
  synchronized boolean endedOnItsOwn() {
    return process != null && !process.isAlive() && !killedOnPurpose;
  }

  synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** The exit code, waiting at most {@code timeout}; -1 when still running. */
  int waitFor(Duration timeout) throws InterruptedException {
    Process p;
    synchronized (this) {
      p = process;
    }
    return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? p.exitValue() : -1;
  }

  /** SIGTERM, then SIGKILL if it has not ended within {@code timeout}. */
  synchronized void stop(Duration timeout) throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    killedOnPurpose = true;
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** How many times {@code text} occurs in the log so far. */
  long logCount(String text) throws IOException {
    if (!Files.exists(log)) {
      return 0;
    }
    String all = Files.readString(log, StandardCharsets.ISO_8859_1);
    long n = 0;
    for (int i = all.indexOf(text); i >= 0; i = all.indexOf(text, i + 1)) {
      n++;
    }
    return n;
  }

  /** The last {@code chars} characters of the log, for a failure message. */
  String logTail(int chars) throws IOException {
    if (!Files.exists(log)) {
      return "";
    }
    String all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    return all.substring(Math.max(0, all.length() - chars));
  }
}
