package dev.akhbar.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code akhbar sink} in a JVM of its own, as an operator starts it, with the PostgreSQL password
 * given by the environment ({@code AKHBAR_STORE_PASSWORD}) or by a file ({@code
 * AKHBAR_STORE_PASSWORD_FILE}, a Docker or Kubernetes secret): it connects, migrates and runs, and
 * the password appears nowhere in its output, from start to SIGTERM.
 */
@ExtendWith(BrokerExtension.class)
class StorePasswordIT {

  private static final Path JAR = Path.of("target", "akhbar.jar");
  private static final String PASSWORD = "pg-Secret-3b9e7";

  @ParameterizedTest
  @ValueSource(strings = {"environment", "file"})
  void theSinkRunsWithThePasswordFromTheEnvironmentOrAFileAndNeverPrintsIt(
      String from, EmbeddedKafkaBroker broker, @TempDir Path dir) throws Exception {
    assertThat(JAR).as("run mvn package first").isRegularFile();
    String database = "akhbar_pw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + database);
    }
    Path log = dir.resolve("sink.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx256m",
                    "-jar",
                    JAR.toString(),
                    "sink",
                    "--bootstrap",
                    broker.bootstrapServers(),
                    "--topic-prefix",
                    "pw" + database.substring(10),
                    "--store",
                    "postgresql://127.0.0.1:5432/" + database + "?user=postgres",
                    "--port",
                    "0",
                    "--bind",
                    "127.0.0.1"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.remove("PGPASSWORD");
    if (from.equals("environment")) {
      env.put("AKHBAR_STORE_PASSWORD", PASSWORD);
    } else {
      Path secret = Files.writeString(dir.resolve("pg-password"), PASSWORD + "\n");
      env.put("AKHBAR_STORE_PASSWORD_FILE", secret.toString());
    }
    Process sink = builder.start();
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (!read(log).contains("sink starting") && System.nanoTime() < deadline) {
        assertThat(sink.isAlive()).as(read(log)).isTrue();
        Thread.sleep(250);
      }
      assertThat(read(log)).contains("sink starting");
    } finally {
      sink.destroy();
      sink.waitFor(60, TimeUnit.SECONDS);
      sink.destroyForcibly();
    }
    assertThat(read(log)).contains("(password set)").doesNotContain(PASSWORD);
  }

  private static String read(Path log) throws java.io.IOException {
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
  }
}
