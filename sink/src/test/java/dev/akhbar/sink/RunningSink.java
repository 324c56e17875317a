package dev.akhbar.sink;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link SinkService} running on a thread of its own, as the app runs it. */
final class RunningSink implements AutoCloseable {

  private final SinkService service;
  private final Thread thread;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  private RunningSink(SinkService service) {
    this.service = service;
    this.thread = new Thread(this::run, "test-sink");
    thread.setDaemon(true);
  }

  static RunningSink start(SinkService service) {
    RunningSink running = new RunningSink(service);
    running.thread.start();
    return running;
  }

  private void run() {
    try {
      service.run();
    } catch (Throwable t) {
      failure.set(t);
    }
  }

  SinkService service() {
    return service;
  }

  /** What {@code run()} threw, or null. */
  Throwable failure() {
    return failure.get();
  }

  boolean isAlive() {
    return thread.isAlive();
  }

  void awaitEnd(Duration timeout) throws InterruptedException {
    thread.join(timeout.toMillis());
  }

  @Override
  public void close() {
    service.close();
    try {
      thread.join(Duration.ofSeconds(60).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
