package dev.akhbar.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.akhbar.app.Akhbar;
import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
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
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(BrokerExtension.class)
class DlqCommandIT {

  @Test
  void listsDeadLettersWithTheirReasonAndReplaysChosenOnesToWhereTheyCameFrom(
      EmbeddedKafkaBroker broker, @TempDir Path dir) throws Exception {
    Topics topics = new Topics("dlq" + UUID.randomUUID().toString().substring(0, 8));
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      TopicProvisioner.ensure(admin, TopicSpecs.singleNode(1).newTopics(topics), true);
    }
    Path file =
        Files.writeString(
            dir.resolve("in.jsonl"),
            "{\"url\":\"https://a.example/1\",\"title\":\"خبر\",\"body\":\"نص\"}\n"
                + "{\"url\":\"https://a.example/2\",\"title\":\"بلا نص\"}\n"
                + "not json\n",
            StandardCharsets.UTF_8);
    String[] kafka = {"--bootstrap", broker.bootstrapServers(), "--topic-prefix", topics.prefix()};
    assertThat(run("replay", file.toString(), kafka[0], kafka[1], kafka[2], kafka[3])).isNotNull();

    String listed = run("dlq", "list", "--json", kafka[0], kafka[1], kafka[2], kafka[3]);
    List<JsonNode> letters = new ArrayList<>();
    for (String line : listed.strip().split("\n")) {
      letters.add(AkhbarJson.mapper().readTree(line));
    }
    assertThat(letters).hasSize(2);
    assertThat(letters)
        .extracting(n -> n.get("input_line").asInt() + " " + n.get("error_message").asText())
        .anyMatch(s -> s.startsWith("2 missing required field 'body'"))
        .anyMatch(s -> s.startsWith("3 not JSON"));

    String readable = run("dlq", "list", kafka[0], kafka[1], kafka[2], kafka[3]);
    assertThat(readable).contains("input line 2").contains("missing required field 'body'");

    JsonNode second =
        letters.stream().filter(n -> n.get("input_line").asInt() == 2).findFirst().get();
    String at = second.get("dlq_partition").asInt() + "@" + second.get("dlq_offset").asLong();
    String replayed = run("dlq", "replay", "--at", at, kafka[0], kafka[1], kafka[2], kafka[3]);
    assertThat(replayed.strip()).isEqualTo("{\"replayed\":1}");

    // The good line, published by the backfill, and the replayed original, byte for byte.
    List<String> raw = rawValues(broker, topics);
    assertThat(raw).hasSize(2);
    assertThat(raw).contains("{\"url\":\"https://a.example/2\",\"title\":\"بلا نص\"}");
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    int exit = Akhbar.commandLine().setOut(new PrintWriter(out)).execute(args);
    assertThat(exit).as("exit of %s", String.join(" ", args)).isZero();
    return out.toString();
  }

  private static List<String> rawValues(EmbeddedKafkaBroker broker, Topics topics) {
    Map<String, Object> props =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "t-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest");
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> c =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      c.subscribe(List.of(topics.raw()));
      long deadline = System.currentTimeMillis() + 20_000;
      while (values.size() < 2 && System.currentTimeMillis() < deadline) {
        c.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
      }
    }
    return values;
  }
}
