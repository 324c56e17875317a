package dev.akhbar.app.service;

import dev.akhbar.common.http.HealthCheck;
import dev.akhbar.sink.SinkConfig;
import dev.akhbar.sink.SinkService;
import dev.akhbar.sink.SinkStatus;
import dev.akhbar.sink.Store;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;

/**
 * The sink as a service stage: the store opened and migrated, the consumer loop on a thread of its
 * own; ready while it runs and the store answers; closing finishes the batch, commits, leaves the
 * group and closes the store.
 */
public final class SinkStage implements Stage {

  private final Store store;
  private final SinkService sink;
  private final Thread thread;
  private volatile String failure;

  private SinkStage(Store store, SinkService sink) {
    this.store = store;
    this.sink = sink;
    this.thread = new Thread(this::consume, "akhbar-sink");
  }

  /**
   * Starts consuming into {@code store}, which this stage then owns (and closes). The store has
   * already been migrated when it was opened.
   */
  public static SinkStage start(SinkConfig config, Store store, MeterRegistry registry) {
    SinkStage stage = new SinkStage(store, new SinkService(config, store, registry));
    stage.thread.start();
    return stage;
  }

  private void consume() {
    try {
      sink.run();
    } catch (RuntimeException | Error e) {
      failure = e.toString();
    }
  }

  @Override
  public String name() {
    return "sink";
  }

  @Override
  public HealthCheck.Status readiness() {
    SinkStatus s = sink.status();
    String migration = store.migration().describe();
    if (!s.running()) {
      return HealthCheck.Status.down("not consuming; " + migration);
    }
    if (!s.storeAvailable()) {
      return HealthCheck.Status.down("the store fails, retrying; " + migration);
    }
    return HealthCheck.Status.up(
        migration + "; " + s.assignedPartitions() + " partitions, lag " + s.lag());
  }

  @Override
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void close() {
    sink.close();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    store.close();
  }
}
