package dev.akhbar.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.app.UsageException;
import dev.akhbar.common.config.ConfigFlag;
import dev.akhbar.common.config.ConfigInputs;
import dev.akhbar.common.config.ConfigResolver;
import dev.akhbar.common.config.EffectiveConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One configuration feeds every stage: pass-through Kafka settings reach all clients. */
class StageSettingsTest {

  private static StageSettings resolve(Map<String, String> env, ConfigFlag... flags) {
    return new StageSettings(
        ConfigResolver.resolve(
            ConfigKeys.SCHEMA,
            new ConfigInputs(Optional.empty(), env, List.of(flags), ConfigKeys.FOREIGN_VARIABLES)));
  }

  @Test
  void aKafkaPropertyFromTheEnvironmentReachesProcessorSinkAndIngest() {
    StageSettings s =
        resolve(
            Map.of(
                "AKHBAR_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9093",
                "AKHBAR_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_SSL"));

    assertThat(s.processor().kafka())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("bootstrap.servers", "kafka-1:9093");
    assertThat(s.sink().kafkaProperties()).containsEntry("security.protocol", "SASL_SSL");
    assertThat(s.sink().bootstrapServers()).isEqualTo("kafka-1:9093");
    assertThat(s.ingest().kafka())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("bootstrap.servers", "kafka-1:9093");
  }

  @Test
  void standbyReplicasBecomeTheStreamsSetting() {
    StageSettings s = resolve(Map.of(), new ConfigFlag("--set", "processor.standby-replicas", "1"));
    assertThat(s.processor().kafka()).containsEntry("num.standby.replicas", "1");
  }

  @Test
  void theShutdownTimeoutBoundsTheSinkAndIngest() {
    StageSettings s = resolve(Map.of("AKHBAR_SERVICE_SHUTDOWN_TIMEOUT", "12s"));
    assertThat(s.sink().closeTimeout()).isEqualTo(Duration.ofSeconds(12));
    assertThat(s.ingest().closeTimeout()).isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void productionTopicSettingsGoIntoTheTopicSpecs() {
    StageSettings s =
        resolve(
            Map.of(
                "AKHBAR_TOPICS_PARTITIONS", "12",
                "AKHBAR_TOPICS_REPLICATION_FACTOR", "3",
                "AKHBAR_TOPICS_MIN_INSYNC_REPLICAS", "2",
                "AKHBAR_TOPICS_RAW_RETENTION", "365d"));
    assertThat(s.topicSpecs().partitions()).isEqualTo(12);
    assertThat(s.topicSpecs().replicationFactor()).isEqualTo((short) 3);
    assertThat(s.topicSpecs().minInsyncReplicas()).isEqualTo(2);
    assertThat(s.topicSpecs().rawRetention()).isEqualTo(Duration.ofDays(365));
    assertThat(s.processor().partitions()).isEqualTo(12);
  }

  @Test
  void aPropertyTheSinkSetsItselfIsAUsageErrorNamingTheSink() {
    StageSettings s = resolve(Map.of("AKHBAR_KAFKA_PROPERTIES_GROUP_ID", "mine"));
    assertThatThrownBy(s::sink)
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("invalid sink configuration: Kafka property 'group.id'");
  }

  @Test
  void minInsyncAboveTheReplicationFactorIsAUsageError() {
    StageSettings s = resolve(Map.of("AKHBAR_TOPICS_MIN_INSYNC_REPLICAS", "2"));
    assertThatThrownBy(s::topicSpecs)
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("min.insync.replicas");
  }

  @Test
  void theLaunchersOwnVariablesAreNotTakenForSettings() {
    EffectiveConfig config =
        ConfigResolver.resolve(
            ConfigKeys.SCHEMA,
            new ConfigInputs(
                Optional.empty(),
                Map.of(
                    "AKHBAR_JEMALLOC", "off",
                    "AKHBAR_JAVA_OPTS", "-Xmx384m",
                    "AKHBAR_JEMALOC", "off"),
                List.of(),
                ConfigKeys.FOREIGN_VARIABLES));

    // No warning for the launcher's own, one for a misspelling.
    assertThat(config.warnings())
        .singleElement()
        .asString()
        .contains("AKHBAR_JEMALOC is not a configuration key");
  }
}
