package dev.akhbar.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.app.Akhbar;
import dev.akhbar.app.config.ConfigKeys;
import dev.akhbar.app.config.StageSettings;
import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.config.ConfigInputs;
import dev.akhbar.common.config.ConfigResolver;
import dev.akhbar.common.kafka.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Services create their topics as configured, or refuse to start when they may not. */
@ExtendWith(BrokerExtension.class)
class TopicCheckIT {

  @Test
  void createsTheContractTopicsWithTheConfiguredPartitionsAndRetention(EmbeddedKafkaBroker broker)
      throws Exception {
    String prefix = "tc" + UUID.randomUUID().toString().substring(0, 8);
    StageSettings settings =
        new StageSettings(
            ConfigResolver.resolve(
                ConfigKeys.SCHEMA,
                new ConfigInputs(
                    Optional.empty(),
                    Map.of(
                        "AKHBAR_KAFKA_BOOTSTRAP_SERVERS",
                        broker.bootstrapServers(),
                        "AKHBAR_TOPICS_PREFIX",
                        prefix,
                        "AKHBAR_TOPICS_PARTITIONS",
                        "3"),
                    List.of(),
                    ConfigKeys.FOREIGN_VARIABLES)));
    Topics topics = new Topics(prefix);
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      TopicCheck.ensure(admin, settings, List.of());

      // Once ensure returns, the cluster serves the topics: described at once, every partition led.
      Map<String, TopicDescription> described =
          admin.describeTopics(topics.all()).allTopicNames().get();
      assertThat(described).hasSize(topics.all().size());
      assertThat(described.values()).allMatch(d -> d.partitions().size() == 3);
      assertThat(described.values())
          .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null));

      assertThat(config(admin, topics.raw(), "retention.ms"))
          .as("raw kept forever")
          .isEqualTo("-1");
      assertThat(config(admin, topics.raw(), "cleanup.policy")).isEqualTo("delete");
      assertThat(config(admin, topics.articles(), "cleanup.policy")).isEqualTo("compact,delete");
      assertThat(config(admin, topics.duplicates(), "cleanup.policy")).isEqualTo("compact,delete");
      assertThat(config(admin, topics.deadLetters(), "retention.ms"))
          .isEqualTo(String.valueOf(Duration.ofDays(30).toMillis()));

      // Running it again (a second instance, a restart) changes nothing and does not fail.
      TopicCheck.ensure(admin, settings, List.of());
    }
  }

  @Test
  void refusesToStartWithOneLineWhenTopicsAreMissingAndCreationIsNotAllowed(
      EmbeddedKafkaBroker broker) {
    String prefix = "nc" + UUID.randomUUID().toString().substring(0, 8);
    StringWriter err = new StringWriter();
    int exit =
        Akhbar.commandLine()
            .setErr(new PrintWriter(err))
            .execute(
                "process",
                "--bootstrap",
                broker.bootstrapServers(),
                "--topic-prefix",
                prefix,
                "--port",
                "0",
                "--bind",
                "127.0.0.1",
                "--set",
                "kafka.create-topics=false",
                "--set",
                "processor.application-id=nc-" + prefix);

    assertThat(exit).isEqualTo(1);
    String message = err.toString().strip();
    assertThat(message.lines()).hasSize(1);
    assertThat(message)
        .startsWith("akhbar: process cannot start: missing topics ")
        .contains(prefix + ".raw.v1")
        .contains("nc-" + prefix + "-")
        .contains("kafka.create-topics is false")
        .contains("AKHBAR_KAFKA_CREATE_TOPICS=true");
  }

  private static String config(Admin admin, String topic, String name) throws Exception {
    ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    Config c = admin.describeConfigs(List.of(r)).all().get().get(r);
    return c.get(name).value();
  }
}
