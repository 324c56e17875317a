package dev.akhbar.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.app.deploy.MonitoringQueries;
import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.samplesite.Manifest;
import dev.akhbar.samplesite.Outlet;
import dev.akhbar.samplesite.SampleSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code akhbar run} against an external broker, crawling the bundled sample site: what its {@code
 * /metrics} shows once articles flowed through all three stages. The scrape is kept in {@code
 * target/metrics/run.prom} for {@code scripts/check-metrics.sh} and the dashboard checks.
 */
@ExtendWith(BrokerExtension.class)
class PipelineMetricsIT {

  static final Path SCRAPE = Path.of("target", "metrics", "run.prom");

  private static final Duration START = Duration.ofMinutes(3);

  @Test
  void aRunningPipelineExposesJvmKafkaAndAkhbarMetrics(
      EmbeddedKafkaBroker broker, @TempDir Path dir) throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    Path db = dir.resolve("akhbar.db");
    try (SampleSite site = SampleSite.start(Manifest.load())) {
      Path sources = writeSources(dir, site);
      try (ServiceProcess run =
          ServiceProcess.start(
              dir,
              "run",
              List.of(
                  "run",
                  "--bootstrap",
                  broker.bootstrapServers(),
                  "--topic-prefix",
                  "met" + id,
                  "--partitions",
                  "2",
                  "--store",
                  "sqlite:" + db,
                  "--set",
                  "ingest.sources=" + sources,
                  "--set",
                  "ingest.allow-private-addresses=true",
                  "--set",
                  "ingest.group-id=met-ingest-" + id,
                  "--set",
                  "processor.application-id=met-processor-" + id,
                  "--set",
                  "processor.state-dir=" + dir.resolve("streams"),
                  "--set",
                  "sink.group-id=met-sink-" + id))) {
        assertThat(run.awaitReady(START)).as(run.log()).isTrue();
        assertThat(awaitRows(db, START)).as(run.log()).isPositive();
        // The lag meter reads the offsets every 15 s: wait for its first look after the sink's
        // group has committed (its rows can be written a moment before its offsets are).
        String text = awaitSinkLag(run, START);

        Files.createDirectories(SCRAPE.getParent());
        Files.writeString(SCRAPE, text, StandardCharsets.UTF_8);

        assertThat(run.get("/metrics").headers().firstValue("Content-Type").orElse(""))
            .startsWith("text/plain");
        assertThat(ScrapedMetrics.names(text))
            .contains(
                // JVM and process
                "jvm_memory_used_bytes",
                "jvm_threads_live_threads",
                "process_cpu_usage",
                "process_uptime_seconds",
                // Kafka clients: Streams, the sink's consumer, ingest's producer
                "kafka_stream_thread_process_total",
                "kafka_consumer_fetch_manager_records_consumed_total",
                "kafka_producer_record_send_total",
                "kafka_stream_client_state",
                // akhbar's own; Micrometer appends the base unit (records, articles, rows)
                "akhbar_stage_ready",
                "akhbar_consumer_lag",
                "akhbar_articles_published_total",
                "akhbar_fetch_requests_total",
                "akhbar_source_last_success_seconds",
                "akhbar_processor_outcomes_total",
                "akhbar_sink_rows_written_total",
                "akhbar_sink_consumer_lag",
                "akhbar_sink_batch_latency_seconds_count");
        assertThat(text)
            .contains("akhbar_stage_ready{stage=\"processor\"} 1")
            .contains("akhbar_stage_ready{stage=\"sink\"} 1")
            .containsPattern("akhbar_articles_published_total\\{[^}]*source=\"[a-z]+\"")
            .containsPattern("akhbar_consumer_lag\\{[^}]*stage=\"sink\"");

        // The dashboard and the alert rules use only what a running service exposes.
        Set<String> used = new TreeSet<>(MonitoringQueries.allMetricNames());
        used.removeAll(MonitoringQueries.PROMETHEUS_OWN);
        assertThat(ScrapedMetrics.names(text)).containsAll(used);

        // And Prometheus's linter parses the exposition and finds nothing in akhbar's names.
        if (commandExists("promtool")) {
          Process check =
              new ProcessBuilder("bash", "../scripts/check-metrics.sh", SCRAPE.toString())
                  .redirectErrorStream(true)
                  .start();
          String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          assertThat(check.waitFor()).as(out).isZero();
        }
      }
    }
  }

  private static boolean commandExists(String name) {
    try {
      return new ProcessBuilder("sh", "-c", "command -v " + name).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Path writeSources(Path dir, SampleSite site) throws IOException {
    StringBuilder yaml = new StringBuilder("defaults:\n  max_articles_per_poll: 3\nsources:\n");
    for (Outlet o : site.outlets()) {
      yaml.append("  - id: ").append(o.id()).append('\n');
      yaml.append("    name: ").append(o.nameEn()).append('\n');
      yaml.append("    feeds:\n");
      o.feedUrls().forEach(u -> yaml.append("      - ").append(u).append('\n'));
    }
    Path file = dir.resolve("sources.yml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  private static String awaitSinkLag(ServiceProcess service, Duration timeout)
      throws InterruptedException {
    java.util.regex.Pattern sinkLag =
        java.util.regex.Pattern.compile("akhbar_consumer_lag\\{[^}]*stage=\"sink\"");
    long deadline = System.nanoTime() + timeout.toNanos();
    String text = "";
    while (System.nanoTime() < deadline) {
      text = service.get("/metrics").body();
      if (sinkLag.matcher(text).find()) {
        return text;
      }
      Thread.sleep(1_000);
    }
    return text;
  }

  private static long awaitRows(Path db, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      long rows = rows(db);
      if (rows > 0) {
        return rows;
      }
      Thread.sleep(500);
    }
    return 0;
  }

  private static long rows(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from articles")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return 0;
    }
  }
}
