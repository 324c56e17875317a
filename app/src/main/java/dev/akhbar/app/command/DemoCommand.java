package dev.akhbar.app.command;

import dev.akhbar.app.UsageException;
import dev.akhbar.app.accounting.OutcomeTally;
import dev.akhbar.app.embedded.EmbeddedPipeline;
import dev.akhbar.app.embedded.SampleSources;
import dev.akhbar.common.http.ServiceEndpoints;
import dev.akhbar.common.kafka.Topics;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.ingest.IngestConfig;
import dev.akhbar.ingest.IngestService;
import dev.akhbar.ingest.PassSummary;
import dev.akhbar.ingest.fetch.Politeness;
import dev.akhbar.samplesite.Manifest;
import dev.akhbar.samplesite.SampleSite;
import dev.akhbar.sink.StoreSummary;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code akhbar demo}: the main job on embedded defaults, against the bundled sample site. Two
 * passes: the site's first edition, then its second (an update, a new article, a removal), so that
 * conditional GETs, updates and removals show.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole pipeline on embedded defaults: a real Kafka broker in this JVM, the bundled"
          + " sample news site on 127.0.0.1, ingest, processor and sink into ./data/akhbar.db.",
      "Prints a summary and exits 0; --keep-running keeps everything up until Ctrl-C."
    })
public final class DemoCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

  /**
   * The bundled site is on loopback: a short delay between requests to one host is polite enough.
   */
  static final Duration SAMPLE_SITE_DELAY = Duration.ofMillis(100);

  private static final Duration QUIET_TIMEOUT = Duration.ofMinutes(5);

  /** Where {@code --keep-running} serves the metrics of the pipeline. */
  static final int METRICS_PORT = 8080;

  @Option(
      names = "--store",
      paramLabel = "URL",
      defaultValue = StoreLocation.DEFAULT,
      description = "Where to store articles (default: ${DEFAULT-VALUE}).")
  String store;

  @Option(
      names = "--site-port",
      defaultValue = "18401",
      description =
          "First port of the sample site's outlets, one port each (default: ${DEFAULT-VALUE});"
              + " fixed so that URLs and article ids are the same from run to run.")
  int sitePort;

  @Option(names = "--keep-running", description = "Keep everything running until Ctrl-C.")
  boolean keepRunning;

  @Option(
      names = "--partitions",
      defaultValue = "4",
      description = "Partitions of every topic (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    StoreLocation location = RunCommand.parseStore(store);
    if (location.sqlitePath() != null) {
      Files.createDirectories(location.sqlitePath().toAbsolutePath().getParent());
    }
    Path folder = Files.createTempDirectory("akhbar-demo-");
    PrintWriter out = spec.commandLine().getOut();
    SampleSite site;
    try {
      site = SampleSite.start(Manifest.load(), sitePort);
    } catch (java.io.UncheckedIOException e) {
      throw new UsageException(
          "cannot serve the sample site from port "
              + sitePort
              + " ("
              + e.getMessage()
              + "); choose others with --site-port",
          e);
    }
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (site;
        EmbeddedPipeline pipeline =
            EmbeddedPipeline.start(
                new EmbeddedPipeline.Settings(
                    folder, true, partitions, Topics.defaults(), location, registry));
        IngestService ingest =
            IngestService.create(ingestConfig(pipeline), SampleSources.of(site), registry)) {
      LOG.info("sample site: {}", site);
      PassSummary first = ingest.runOnce();
      site.advanceToEdition(2);
      PassSummary second = ingest.runOnce();
      long published = first.articlesPublished() + second.articlesPublished();
      OutcomeTally tally = pipeline.awaitQuiet(published, QUIET_TIMEOUT);
      StoreSummary stored = pipeline.store().summary();
      printSummary(out, first, second, tally, stored, location);
      if (keepRunning) {
        serveMetrics(registry);
        out.println(
            "Running until Ctrl-C. Search meanwhile: ./akhbar search QUERY --store " + store);
        out.flush();
        awaitInterrupt();
      }
      return tally.total() == published ? 0 : 1;
    }
  }

  private static IngestConfig ingestConfig(EmbeddedPipeline pipeline) {
    return IngestConfig.builder()
        .bootstrapServers(pipeline.bootstrapServers())
        .topics(pipeline.topics())
        .allowPrivateAddresses(true)
        // The second pass must see the second edition: revisit every listed page (conditional
        // GETs make unchanged ones cheap).
        .revisitAfter(Duration.ZERO)
        .politeness(
            new Politeness(
                SAMPLE_SITE_DELAY,
                Politeness.DEFAULT_MAX_CRAWL_DELAY,
                Politeness.DEFAULT_CONNECTIONS_PER_HOST,
                Politeness.DEFAULT_CONCURRENCY,
                Politeness.DEFAULT_ROBOTS_TTL))
        .build();
  }

  private static void printSummary(
      PrintWriter out,
      PassSummary first,
      PassSummary second,
      OutcomeTally tally,
      StoreSummary stored,
      StoreLocation location) {
    out.println();
    out.println("akhbar demo: the bundled sample site, two editions");
    out.printf(
        "  pages fetched        %d (first pass %d, second pass %d; by status %s)%n",
        first.pagesFetched() + second.pagesFetched(),
        first.pagesFetched(),
        second.pagesFetched(),
        merge(first, second));
    out.printf(
        "  raw records          %d published (%d new, %d changed, %d removed); %d unchanged not republished%n",
        first.articlesPublished() + second.articlesPublished(),
        first.articlesNew() + second.articlesNew(),
        first.articlesChanged() + second.articlesChanged(),
        first.articlesRemoved() + second.articlesRemoved(),
        first.articlesUnchanged() + second.articlesUnchanged());
    out.printf(
        "  processor            %d new, %d updates, %d unchanged, %d duplicates (%d demoted), %d rejected, %d dead letters%n",
        tally.count(OutcomeKind.NEW),
        tally.count(OutcomeKind.UPDATE),
        tally.count(OutcomeKind.UNCHANGED),
        tally.count(OutcomeKind.DUPLICATE),
        tally.demotions(),
        tally.count(OutcomeKind.REJECTED),
        tally.count(OutcomeKind.DEAD_LETTER));
    out.printf(
        "  stored in %s: %d articles, %d duplicates, %d rejected, %d dead letters%n",
        location, stored.articles(), stored.duplicates(), stored.rejected(), stored.deadLetters());
    out.println("  top entities:");
    stored
        .topEntities()
        .forEach(
            e ->
                out.printf("    %-28s %-13s %d articles%n", e.canonical(), e.type(), e.articles()));
    out.println("  top topics:");
    stored.topTopics().forEach(t -> out.printf("    %-28s %d articles%n", t.code(), t.articles()));
    out.flush();
  }

  private static String merge(PassSummary a, PassSummary b) {
    java.util.Map<String, Long> all = new java.util.TreeMap<>(a.pagesByStatus());
    b.pagesByStatus().forEach((k, v) -> all.merge(k, v, Long::sum));
    return all.toString();
  }

  /** /metrics and /health/live on 127.0.0.1:{@value #METRICS_PORT}, for a look while it runs. */
  private static void serveMetrics(PrometheusMeterRegistry registry) {
    try {
      ServiceEndpoints.start("127.0.0.1", METRICS_PORT, registry);
    } catch (java.io.IOException e) {
      LOG.warn("cannot serve metrics on port {}: {}", METRICS_PORT, e.getMessage());
    }
  }

  private static void awaitInterrupt() throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "akhbar-demo-stop"));
    stop.await();
  }
}
