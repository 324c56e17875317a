package dev.akhbar.app.command;

import dev.akhbar.app.config.ConfigKeys;
import dev.akhbar.app.config.ConfigOptions;
import dev.akhbar.app.config.StageSettings;
import dev.akhbar.app.service.ServiceHost;
import dev.akhbar.app.service.StageLauncher;
import dev.akhbar.common.config.ConfigFlag;
import dev.akhbar.common.config.EffectiveConfig;
import dev.akhbar.ingest.IngestService;
import dev.akhbar.ingest.PassSummary;
import dev.akhbar.ingest.source.Sources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
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
          + " a service that runs until SIGTERM, sharing the sources with the other instances of"
          + " ingest.group-id and serving /metrics, /health/live and /health/ready; on SIGTERM it"
          + " stops fetching and flushes the producer."
    })
public final class IngestCommand implements Callable<Integer> {

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description = "The sources file (ingest.sources; default: the bundled config/sources.yml).")
  String sourcesFile;

  @Option(names = "--once", description = "One pass over every source, then exit.")
  boolean once;

  @Option(
      names = "--allow-private",
      description =
          "Permit loopback and private addresses (ingest.allow-private-addresses): the demo,"
              + " intranet sources.")
  boolean allowPrivate;

  @Option(
      names = "--user-agent",
      paramLabel = "TEXT",
      description = "The User-Agent sent with every request (ingest.user-agent).")
  String userAgent;

  @Option(
      names = "--group",
      paramLabel = "ID",
      description = "Consumer group of the instances that share the sources (ingest.group-id).")
  String group;

  @Mixin ConfigOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    EffectiveConfig config =
        options.resolve(
            new ConfigFlag("--sources", ConfigKeys.INGEST_SOURCES.path(), sourcesFile),
            new ConfigFlag(
                "--allow-private",
                ConfigKeys.INGEST_ALLOW_PRIVATE_ADDRESSES.path(),
                allowPrivate ? "true" : null),
            new ConfigFlag("--user-agent", ConfigKeys.INGEST_USER_AGENT.path(), userAgent),
            new ConfigFlag("--group", ConfigKeys.INGEST_GROUP_ID.path(), group));
    StageSettings settings = new StageSettings(config);
    Sources sources =
        SourcesCommand.load(config.find(ConfigKeys.INGEST_SOURCES).map(Path::of).orElse(null));
    if (once) {
      try (IngestService service =
          IngestService.create(settings.ingest(), sources, new SimpleMeterRegistry())) {
        PassSummary summary = service.runOnce();
        PrintWriter out = spec.commandLine().getOut();
        out.println(summary.toJson());
        out.flush();
        return 0;
      }
    }
    try (ServiceHost host = ServiceHost.start("ingest", settings)) {
      StageLauncher.ingest(host, settings, sources);
      return host.awaitStop();
    }
  }
}
