package dev.akhbar.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Resident memory of a process from Linux's {@code /proc/PID/status}: {@code VmHWM}, the peak
 * resident set the kernel has seen since the process started, and {@code VmRSS}, the current one.
 * Empty where there is no {@code /proc} (not Linux).
 */
public final class ProcessMemory {

  private ProcessMemory() {}

  /** Peak resident set of {@code pid}, in bytes. */
  public static OptionalLong peakRss(long pid) {
    return field(pid, "VmHWM:");
  }

  /** Current resident set of {@code pid}, in bytes. */
  public static OptionalLong rss(long pid) {
    return field(pid, "VmRSS:");
  }

  private static OptionalLong field(long pid, String name) {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith(name)) {
          // "VmHWM:	  123456 kB"
          String kb = line.substring(name.length()).replace("kB", "").strip();
          return OptionalLong.of(Long.parseLong(kb) * 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }
}
