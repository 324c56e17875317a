package dev.akhbar.app.command;

import dev.akhbar.ingest.IngestConfig;
import dev.akhbar.ingest.IngestService;
import dev.akhbar.ingest.PassSummary;
import dev.akhbar.ingest.source.Sources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code akhbar ingest}: crawls the sources and publishes raw articles. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Crawls the sources and publishes every new or changed article to the raw topic.",
      "With --once: one pass over every source, then one JSON line (the pass summary). Without:"
          + " runs until stopped, sharing the sources with the other instances of --group."
    })
public final class IngestCommand implements Callable<Integer> {

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description = "The sources file (default: the bundled config/sources.yml).")
  Path sourcesFile;

  @Option(names = "--once", description = "One pass over every source, then exit.")
  boolean once;

  @Option(
      names = "--allow-private",
      description = "Permit loopback and private addresses (the demo, intranet sources).")
  boolean allowPrivate;

  @Option(
      names = "--user-agent",
      paramLabel = "TEXT",
      description = "The User-Agent sent with every request; name yourself and a contact URL.")
  String userAgent;

  @Option(
      names = "--group",
      paramLabel = "ID",
      description =
          "Consumer group of the instances that share the sources (default: ${DEFAULT-VALUE}).",
      defaultValue = IngestConfig.DEFAULT_GROUP_ID)
  String group;

  @Mixin KafkaOptions kafka;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Sources sources = SourcesCommand.load(sourcesFile);
    IngestConfig.Builder config =
        IngestConfig.builder()
            .topics(kafka.topics())
            .groupId(group)
            .allowPrivateAddresses(allowPrivate);
    for (Map.Entry<String, Object> e : kafka.clientProperties().entrySet()) {
      config.kafka(e.getKey(), String.valueOf(e.getValue()));
    }
    if (userAgent != null) {
      config.userAgent(userAgent);
    }
    try (IngestService service =
        IngestService.create(config.build(), sources, new SimpleMeterRegistry())) {
      if (once) {
        PassSummary summary = service.runOnce();
        PrintWriter out = spec.commandLine().getOut();
        out.println(summary.toJson());
        out.flush();
        return 0;
      }
      Thread hook = new Thread(service::close, "akhbar-ingest-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      service.run();
      return 0;
    }
  }
}
