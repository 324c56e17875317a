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
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
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

      Map<String, TopicDescription> described = describeWhenKnown(admin, topics.all());
      assertThat(described).hasSize(topics.all().size());
      assertThat(described.values()).allMatch(d -> d.partitions().size() == 3);

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

  /**
   * The topics' descriptions, once the broker knows them: right after they are created it may still
   * answer UNKNOWN_TOPIC_OR_PARTITION for a moment.
   */
  private static Map<String, TopicDescription> describeWhenKnown(Admin admin, List<String> names)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        return admin.describeTopics(names).allTopicNames().get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)
            || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(50);
      }
    }
  }
}
