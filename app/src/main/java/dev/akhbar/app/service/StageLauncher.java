package dev.akhbar.app.service;

import dev.akhbar.app.config.StageSettings;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.ingest.IngestService;
import dev.akhbar.ingest.source.Sources;
import dev.akhbar.processor.tag.Tagger;
import dev.akhbar.sink.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts each stage from the effective configuration and adds it to a {@link ServiceHost}. */
public final class StageLauncher {

  private StageLauncher() {}

  /** Starts the processor; it becomes ready when Kafka Streams is RUNNING. */
  public static ProcessorStage processor(ServiceHost host, StageSettings settings)
      throws InterruptedException {
    return host.add(
        ProcessorStage.start(
            settings.processor(), Tagger.load(), host.registry(), settings.shutdownTimeout()));
  }

  /** Opens and migrates the store, then starts the sink on it. */
  public static SinkStage sink(ServiceHost host, StageSettings settings) throws IOException {
    StoreLocation location = settings.storeLocation();
    Path sqlite = location.sqlitePath();
    if (sqlite != null && sqlite.toAbsolutePath().getParent() != null) {
      Files.createDirectories(sqlite.toAbsolutePath().getParent());
    }
    Store store = Store.open(location, settings.storeEnvironment(System.getenv()));
    try {
      return host.add(SinkStage.start(settings.sink(), store, host.registry()));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Starts polling {@code sources}, shared with the other instances of the ingest group. */
  public static IngestStage ingest(ServiceHost host, StageSettings settings, Sources sources) {
    return host.add(
        IngestStage.start(IngestService.create(settings.ingest(), sources, host.registry())));
  }
}
