package dev.akhbar.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BrokerExtension.class)
class ReadyTopicsIT {

  @Test
  void topicsJustCreatedAreDescribedOnceEveryPartitionHasALeader(EmbeddedKafkaBroker broker)
      throws Exception {
    try (Admin admin = admin(broker)) {
      // Several rounds: the race (described before the broker knows the topic) is not every time.
      for (int round = 0; round < 5; round++) {
        List<String> names = List.of(unique("a"), unique("b"), unique("c"));
        admin
            .createTopics(names.stream().map(n -> new NewTopic(n, 4, (short) 1)).toList())
            .all()
            .get();

        Map<String, TopicDescription> described =
            ReadyTopics.describe(admin, names, Duration.ofSeconds(30));

        assertThat(described).containsOnlyKeys(names);
        for (TopicDescription topic : described.values()) {
          assertThat(topic.partitions()).hasSize(4);
          assertThat(topic.partitions())
              .allSatisfy(p -> assertThat(p.leader()).isNotNull().matches(l -> !l.isEmpty()));
        }
      }
    }
  }

  @Test
  void aTopicThatNeverAppearsFailsAtTheDeadlineNamingIt(EmbeddedKafkaBroker broker)
      throws Exception {
    String missing = unique("never");
    try (Admin admin = admin(broker)) {
      long start = System.nanoTime();
      assertThatThrownBy(
              () -> ReadyTopics.describe(admin, List.of(missing), Duration.ofMillis(600)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("not ready after 600 ms")
          .hasMessageContaining(missing);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("waited for the deadline, and not much longer")
          .isBetween(Duration.ofMillis(600), Duration.ofSeconds(20));
    }
  }

  @Test
  void provisionedTopicsAreServedWhenEnsureReturns(EmbeddedKafkaBroker broker) throws Exception {
    try (Admin admin = admin(broker)) {
      for (int round = 0; round < 5; round++) {
        List<NewTopic> needed =
            List.of(
                new NewTopic(unique("p"), 3, (short) 1), new NewTopic(unique("q"), 3, (short) 1));

        TopicProvisioner.ensure(admin, needed, true);

        // Described at once, without waiting: ensure has already waited.
        Map<String, TopicDescription> described =
            admin
                .describeTopics(needed.stream().map(NewTopic::name).toList())
                .allTopicNames()
                .get();
        assertThat(described.values())
            .allSatisfy(
                t ->
                    assertThat(t.partitions()).allSatisfy(p -> assertThat(p.leader()).isNotNull()));
      }
    }
  }

  private static Admin admin(EmbeddedKafkaBroker broker) {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
  }

  private static String unique(String name) {
    return "ready-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
