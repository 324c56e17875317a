package dev.akhbar.ingest.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness: at most {@link Politeness#connectionsPerHost()} requests to a host at once,
 * and each request to a host starts at least the host's delay after the previous one started and
 * after the previous one ended.
 */
final class HostPacer {

  private final Politeness politeness;
  private final TimeSource time;
  private final Map<String, HostSlot> slots = new ConcurrentHashMap<>();

  HostPacer(Politeness politeness, TimeSource time) {
    this.politeness = politeness;
    this.time = time;
  }

  /** Waits for the host's turn; the returned permit must be closed when the response is read. */
  Permit acquire(String host, Duration delay) throws InterruptedException {
    HostSlot slot = slots.computeIfAbsent(host, h -> new HostSlot(politeness.connectionsPerHost()));
    slot.connections.acquire();
    try {
      long wait;
      synchronized (slot) {
        long now = time.nanoTime();
        long start = Math.max(now, slot.nextStart);
        wait = start - now;
        slot.nextStart = start + delay.toNanos();
      }
      time.sleep(Duration.ofNanos(wait));
    } catch (InterruptedException | RuntimeException e) {
      slot.connections.release();
      throw e;
    }
    return () -> {
      synchronized (slot) {
        slot.nextStart = Math.max(slot.nextStart, time.nanoTime() + delay.toNanos());
      }
      slot.connections.release();
    };
  }

  /** A host's turn, released when closed. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private static final class HostSlot {
    final Semaphore connections;
    long nextStart = Long.MIN_VALUE / 2;

    HostSlot(int connections) {
      this.connections = new Semaphore(connections, true);
    }
  }
}
