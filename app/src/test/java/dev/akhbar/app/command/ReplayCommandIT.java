package dev.akhbar.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.app.Akhbar;
import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.ContractSchemas;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.common.kafka.TopicProvisioner;
import dev.akhbar.common.kafka.TopicSpecs;
import dev.akhbar.common.kafka.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@ExtendWith(BrokerExtension.class)
class ReplayCommandIT {

  @Test
  void publishesGoodLinesAndDeadLettersBadOnesWithTheirLineNumber(
      EmbeddedKafkaBroker broker, @TempDir Path dir) throws Exception {
    Topics topics = new Topics("replay" + UUID.randomUUID().toString().substring(0, 8));
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      TopicProvisioner.ensure(admin, TopicSpecs.singleNode(2).newTopics(topics), true);
    }
    Path file = dir.resolve("backfill.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"url\":\"https://akhbar.example/a?utm_source=x\",\"title\":\"خبر أول\",\"body\":\"نص الخبر الأول.\",\"published_at\":\"2026-02-01T08:00:00Z\"}",
            "",
            "this line is not json",
            "{\"url\":\"https://akhbar.example/b\",\"title\":\"خبر ثان\",\"body\":\"نص الخبر الثاني.\"}",
            "{\"url\":\"https://akhbar.example/c\",\"title\":\"بلا نص\"}"),
        StandardCharsets.UTF_8);

    StringWriter out = new StringWriter();
    CommandLine cmd = Akhbar.commandLine().setOut(new PrintWriter(out));
    int exit =
        cmd.execute(
            "replay",
            file.toString(),
            "--bootstrap",
            broker.bootstrapServers(),
            "--topic-prefix",
            topics.prefix());

    assertThat(exit).isZero();
    JsonNode summary = AkhbarJson.mapper().readTree(out.toString());
    assertThat(summary.get("records").asLong()).isEqualTo(4);
    assertThat(summary.get("published").asLong()).isEqualTo(2);
    assertThat(summary.get("dead_letters").asLong()).isEqualTo(2);

    List<ConsumerRecord<String, String>> raw = readAll(broker, topics.raw(), 2);
    assertThat(raw).extracting(ConsumerRecord::key).hasSize(2).allMatch(k -> k.length() == 64);
    raw.forEach(r -> ContractSchemas.assertConforms("raw.v1", r.value()));
    assertThat(raw)
        .extracting(r -> AkhbarJson.mapper().readTree(r.value()).get("canonical_url").asText())
        .contains("https://akhbar.example/a");

    List<ConsumerRecord<String, String>> dead = readAll(broker, topics.deadLetters(), 2);
    dead.forEach(r -> ContractSchemas.assertConforms("dlq.v1", r.value()));
    List<String> lines = new ArrayList<>();
    for (ConsumerRecord<String, String> r : dead) {
      JsonNode d = AkhbarJson.mapper().readTree(r.value());
      lines.add(d.get("input_line").asText() + ":" + d.get("error_message").asText());
    }
    assertThat(lines)
        .anyMatch(l -> l.startsWith("3:not JSON"))
        .anyMatch(l -> l.startsWith("5:missing required field 'body'"));
  }

  @Test
  void copiesTheRawTopicToTheRawTopicOfANewPrefix(EmbeddedKafkaBroker broker, @TempDir Path dir)
      throws Exception {
    Topics from = new Topics("blue" + UUID.randomUUID().toString().substring(0, 8));
    Topics to = new Topics("green" + UUID.randomUUID().toString().substring(0, 8));
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      TopicProvisioner.ensure(admin, TopicSpecs.singleNode(2).newTopics(from), true);
    }
    Path file = dir.resolve("backfill.jsonl");
    Files.writeString(
        file,
        "{\"url\":\"https://akhbar.example/x\",\"title\":\"خبر\",\"body\":\"نص الخبر.\"}\n"
            + "{\"url\":\"https://akhbar.example/y\",\"title\":\"خبر آخر\",\"body\":\"نص آخر.\"}\n",
        StandardCharsets.UTF_8);
    String bootstrap = broker.bootstrapServers();
    assertThat(
            Akhbar.commandLine()
                .execute(
                    "replay",
                    file.toString(),
                    "--bootstrap",
                    bootstrap,
                    "--topic-prefix",
                    from.prefix()))
        .isZero();

    StringWriter out = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setOut(new PrintWriter(out))
            .execute(
                "replay",
                "--from-topic",
                from.raw(),
                "--bootstrap",
                bootstrap,
                "--topic-prefix",
                to.prefix());

    assertThat(exit).isZero();
    assertThat(AkhbarJson.mapper().readTree(out.toString()).get("published").asLong()).isEqualTo(2);
    List<ConsumerRecord<String, String>> copied = readAll(broker, to.raw(), 2);
    List<ConsumerRecord<String, String>> original = readAll(broker, from.raw(), 2);
    assertThat(copied)
        .extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrderElementsOf(original.stream().map(ConsumerRecord::key).toList());
    assertThat(copied)
        .extracting(ConsumerRecord::value)
        .containsExactlyInAnyOrderElementsOf(original.stream().map(ConsumerRecord::value).toList());
  }

  @Test
  void replayingATopicIntoItselfIsAUsageError() {
    StringWriter err = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setErr(new PrintWriter(err))
            .execute("replay", "--from-topic", "akhbar.raw.v1", "--bootstrap", "127.0.0.1:1");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("choose a new prefix");
  }

  @Test
  void aMissingFileIsAUsageError() {
    StringWriter err = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setErr(new PrintWriter(err))
            .execute("replay", "/no/such/file.jsonl", "--bootstrap", "127.0.0.1:1");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("akhbar: cannot read input file /no/such/file.jsonl");
  }

  private static List<ConsumerRecord<String, String>> readAll(
      EmbeddedKafkaBroker broker, String topic, int expected) {
    Map<String, Object> props =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest");
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.currentTimeMillis() + 30_000;
      while (records.size() < expected && System.currentTimeMillis() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }
}
