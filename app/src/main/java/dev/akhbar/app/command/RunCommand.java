package dev.akhbar.app.command;

import dev.akhbar.app.UsageException;
import dev.akhbar.app.accounting.OutcomeTally;
import dev.akhbar.app.accounting.RunSummary;
import dev.akhbar.app.backfill.BackfillPublisher;
import dev.akhbar.app.backfill.BackfillResult;
import dev.akhbar.app.config.ConfigKeys;
import dev.akhbar.app.config.ConfigOptions;
import dev.akhbar.app.config.StageSettings;
import dev.akhbar.app.embedded.EmbeddedPipeline;
import dev.akhbar.app.service.ServiceHost;
import dev.akhbar.app.service.StageLauncher;
import dev.akhbar.common.config.EffectiveConfig;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.common.json.RawArticleReader;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.ingest.source.Sources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code akhbar run --embedded --input FILE --once}: a backfill through the whole pipeline on a
 * fresh embedded broker, then one JSON line that accounts for every input record.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole pipeline in this JVM.",
      "Without --embedded: ingest, processor and sink against the cluster at --bootstrap until"
          + " SIGTERM, serving /metrics, /health/live and /health/ready (one port for all three).",
      "With --embedded --input FILE --once: starts a real Kafka broker in a fresh temporary folder,"
          + " publishes the JSON Lines backfill to the raw topic, and exits when every input record"
          + " is accounted for, printing one JSON line: input, stored, updated, unchanged,"
          + " duplicates, rejected, dead_letters. Exit 0 when they add up to input, 1 otherwise,"
          + " 2 for a usage error."
    })
public final class RunCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  @Option(names = "--embedded", description = "Run a real Kafka broker inside this JVM.")
  boolean embedded;

  @Option(names = "--input", paramLabel = "FILE", description = "JSON Lines of raw articles.")
  Path input;

  @Option(names = "--once", description = "Exit when every input record is accounted for.")
  boolean once;

  @Option(
      names = "--timeout",
      defaultValue = "PT30M",
      description =
          "How long to wait for the pipeline to account for the input (default: 30 minutes).")
  Duration timeout;

  @Mixin ConfigOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!embedded) {
      if (once || input != null) {
        throw new UsageException(
            "--input and --once need --embedded; to replay a file into a running cluster use"
                + " akhbar replay FILE");
      }
      return runServices();
    }
    if (!once || input == null) {
      throw new UsageException(
          "run --embedded needs --input FILE --once (without --embedded, run serves ingest,"
              + " processor and sink against --bootstrap until SIGTERM)");
    }
    if (!Files.isReadable(input) || Files.isDirectory(input)) {
      throw new UsageException("cannot read input file " + input);
    }
    StageSettings settings = new StageSettings(options.resolve());
    StoreLocation location = settings.storeLocation();
    int partitions = settings.config().expect(ConfigKeys.TOPICS_PARTITIONS);
    Path folder = Files.createTempDirectory("akhbar-run-");
    RunSummary summary;
    try (EmbeddedPipeline pipeline =
        EmbeddedPipeline.start(
            new EmbeddedPipeline.Settings(
                folder,
                true,
                partitions,
                settings.topics(),
                location,
                new SimpleMeterRegistry()))) {
      BackfillResult published;
      try (BackfillPublisher publisher =
          BackfillPublisher.create(
              pipeline.clientProperties(), pipeline.topics(), RawArticleReader.withDefaults())) {
        published = publisher.publish(input);
      }
      LOG.info(
          "published {} records to {} ({} lines to the dead-letter topic); waiting for the pipeline",
          published.published(),
          pipeline.topics().raw(),
          published.deadLetters());
      OutcomeTally tally = pipeline.awaitQuiet(published.published(), timeout);
      summary = tally.summary(published.records(), published.deadLetters());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(AkhbarJson.mapper().writeValueAsString(summary));
    out.flush();
    if (!summary.addsUp()) {
      LOG.error("the counts do not add up to the input: records were lost or counted twice");
      return 1;
    }
    return 0;
  }

  /** Ingest, processor and sink in this JVM against the configured cluster, until SIGTERM. */
  private int runServices() throws Exception {
    EffectiveConfig config = options.resolve();
    StageSettings settings = new StageSettings(config);
    Sources sources =
        SourcesCommand.load(config.find(ConfigKeys.INGEST_SOURCES).map(Path::of).orElse(null));
    try (ServiceHost host = ServiceHost.start("run", settings)) {
      // Added upstream first: on SIGTERM ingest stops, then the processor, then the sink.
      StageLauncher.ingest(host, settings, sources);
      StageLauncher.processor(host, settings);
      StageLauncher.sink(host, settings);
      return host.awaitStop();
    }
  }

  static StoreLocation parseStore(String text) {
    try {
      return StoreLocation.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }
}
