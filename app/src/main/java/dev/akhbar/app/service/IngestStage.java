package dev.akhbar.app.service;

import dev.akhbar.common.http.HealthCheck;
import dev.akhbar.ingest.IngestService;
import java.util.Optional;

/**
 * Ingest as a service stage: polls the sources on a thread of its own, sharing them with the other
 * instances of its group; closing stops fetching and flushes the producer.
 */
public final class IngestStage implements Stage {

  private final IngestService ingest;
  private final Thread thread;
  private volatile boolean running;
  private volatile boolean closing;
  private volatile String failure;

  private IngestStage(IngestService ingest) {
    this.ingest = ingest;
    this.thread = new Thread(this::poll, "akhbar-ingest");
  }

  /** Starts polling; the stage owns {@code ingest} from now on. */
  public static IngestStage start(IngestService ingest) {
    IngestStage stage = new IngestStage(ingest);
    stage.running = true;
    stage.thread.start();
    return stage;
  }

  private void poll() {
    try {
      ingest.run();
      if (!closing) {
        failure = "stopped polling by itself";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      failure = e.toString();
    } finally {
      running = false;
    }
  }

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public HealthCheck.Status readiness() {
    return running
        ? HealthCheck.Status.up("polling " + ingest.config().groupId())
        : HealthCheck.Status.down("not polling");
  }

  @Override
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public void close() {
    closing = true;
    ingest.close();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
