package dev.akhbar.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.app.Akhbar;
import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code akhbar process} and {@code akhbar sink} as an operator runs them: two child JVMs against
 * an external broker, ready on {@code /health/ready}, storing what is published to the raw topic,
 * and stopping cleanly on SIGTERM.
 */
@ExtendWith(BrokerExtension.class)
class ServiceCommandsIT {

  private static final Duration START = Duration.ofMinutes(3);
  private static final Duration STOP = Duration.ofSeconds(60);

  /** The exit code of a JVM that ran its shutdown hooks on SIGTERM: 128 + 15. */
  private static final int SIGTERM_EXIT = 143;

  @Test
  void processAndSinkStoreWhatIsPublishedAndStopOnSigterm(
      EmbeddedKafkaBroker broker, @TempDir Path dir) throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    Path db = dir.resolve("akhbar.db");
    List<String> common =
        List.of(
            "--bootstrap",
            broker.bootstrapServers(),
            "--topic-prefix",
            "svc" + id,
            "--partitions",
            "2");
    try (ServiceProcess processor =
            ServiceProcess.start(
                dir,
                "process",
                concat(
                    List.of("process"),
                    common,
                    List.of(
                        "--set",
                        "processor.application-id=svc-processor-" + id,
                        "--set",
                        "processor.state-dir=" + dir.resolve("streams"))));
        ServiceProcess sink =
            ServiceProcess.start(
                dir,
                "sink",
                concat(
                    List.of("sink"),
                    common,
                    List.of("--store", "sqlite:" + db, "--set", "sink.group-id=svc-sink-" + id)))) {

      assertThat(processor.awaitReady(START)).as(processor.log()).isTrue();
      assertThat(sink.awaitReady(START)).as(sink.log()).isTrue();
      assertThat(processor.get("/health/live").statusCode()).isEqualTo(200);
      assertThat(processor.get("/health/ready").body()).contains("Kafka Streams RUNNING");
      assertThat(sink.get("/health/ready").body()).contains("schema");

      Path input = dir.resolve("raw.jsonl");
      Files.writeString(input, Fixtures.TWO_ARTICLES, StandardCharsets.UTF_8);
      StringWriter out = new StringWriter();
      int replayed =
          Akhbar.commandLine()
              .setOut(new PrintWriter(out))
              .execute(
                  "replay",
                  input.toString(),
                  "--bootstrap",
                  broker.bootstrapServers(),
                  "--topic-prefix",
                  "svc" + id);
      assertThat(replayed).as(out.toString()).isZero();

      assertThat(awaitRows(db, 2, START)).as(processor.log() + sink.log()).isEqualTo(2);

      assertThat(processor.terminate(STOP)).isEqualTo(SIGTERM_EXIT);
      assertThat(sink.terminate(STOP)).isEqualTo(SIGTERM_EXIT);
      assertThat(processor.log()).contains("processor stopped in");
      assertThat(sink.log()).contains("sink stopped");
    }
  }

  private static long awaitRows(Path db, long wanted, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    long rows = 0;
    while (System.nanoTime() < deadline) {
      rows = rows(db);
      if (rows >= wanted) {
        return rows;
      }
      Thread.sleep(250);
    }
    return rows;
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
      return 0; // not migrated yet, or locked for a moment
    }
  }

  private static List<String> concat(List<String> a, List<String> b, List<String> c) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    all.addAll(c);
    return all;
  }
}
