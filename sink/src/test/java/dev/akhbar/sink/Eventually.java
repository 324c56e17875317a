package dev.akhbar.sink;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for a condition that a background sink makes true; fails the test when it never does. */
final class Eventually {

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private Eventually() {}

  static void until(String what, Callable<Boolean> condition) throws Exception {
    until(what, DEFAULT_TIMEOUT, condition);
  }

  static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + timeout.toSeconds() + " s waiting until " + what);
      }
      Thread.sleep(100);
    }
  }
}
