package dev.akhbar.ingest;

import dev.akhbar.common.kafka.Topics;
import dev.akhbar.ingest.source.Sources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;

/**
 * One ingest instance in a process of its own, so that a test can kill it with SIGKILL. Arguments:
 * bootstrap servers, topic prefix, group id, sources file, user agent.
 */
public final class IngestInstanceMain {

  private IngestInstanceMain() {}

  public static void main(String[] args) throws Exception {
    IngestConfig config = ScaleOutIT.config(args[0], new Topics(args[1]), args[2], args[4]);
    Sources sources = Sources.load(Path.of(args[3]));
    try (IngestService service = IngestService.create(config, sources, new SimpleMeterRegistry())) {
      service.run();
    }
  }
}
