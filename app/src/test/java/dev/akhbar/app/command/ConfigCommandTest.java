package dev.akhbar.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.app.Akhbar;
import dev.akhbar.app.config.ConfigKeys;
import dev.akhbar.common.config.ConfigPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code akhbar config print}: what an operator checks before starting a service. */
class ConfigCommandTest {

  @TempDir Path dir;

  private record Result(int exit, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void printsTheFileAndFlagValuesWithWhereTheyCameFromAndMasksSecrets() throws IOException {
    Path file = dir.resolve("akhbar.yml");
    Files.writeString(
        file,
        """
        kafka:
          bootstrap-servers: kafka-1:9093,kafka-2:9093
          properties:
            security.protocol: SASL_SSL
            sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required password="hunter2";
        store:
          password: hunter2
        """,
        StandardCharsets.UTF_8);

    Result r = run("config", "print", "--config", file.toString(), "--set", "sink.batch-size=1000");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("bootstrap-servers: \"kafka-1:9093,kafka-2:9093\"")
        .contains(file + " line 2")
        .contains("\"security.protocol\": \"SASL_SSL\"")
        .contains("batch-size: 1000")
        .contains("flag --set")
        .doesNotContain("hunter2");
  }

  @Test
  void anUnknownKeyIsAUsageErrorThatSuggestsTheKnownOne() throws IOException {
    Path file = dir.resolve("akhbar.yml");
    Files.writeString(file, "sink:\n  batch-sise: 10\n", StandardCharsets.UTF_8);

    Result r = run("config", "print", "--config", file.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("line 2")
        .contains("sink.batch-sise")
        .contains("did you mean sink.batch-size?");
  }

  @Test
  void aWrongTypeNamesTheFlag() {
    Result r = run("config", "print", "--port", "eighty");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("flag --port").contains("http.port");
  }

  @Test
  void keysPrintsTheTableOfEveryKey() {
    Result r = run("config", "keys");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(ConfigPrinter.markdownTable(ConfigKeys.SCHEMA));
    assertThat(r.out()).contains("`AKHBAR_KAFKA_BOOTSTRAP_SERVERS`");
  }
}
