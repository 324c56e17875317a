package dev.akhbar.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigSchemaTest {

  @ParameterizedTest
  @CsvSource({
    "kafka.bootstrap-servers, AKHBAR_KAFKA_BOOTSTRAP_SERVERS",
    "topics.raw-retention, AKHBAR_TOPICS_RAW_RETENTION",
    "http.port, AKHBAR_HTTP_PORT"
  })
  void theVariableIsThePathInUpperCaseWithUnderscores(String path, String variable) {
    assertThat(ConfigKey.of(path, ConfigType.STRING, "x", "d").environmentVariable())
        .isEqualTo(variable);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kafka", "Kafka.partitions", "kafka.partitions.x", "kafka.Bootstrap"})
  void pathsAreSectionDotNameInLowerCase(String path) {
    assertThatThrownBy(() -> ConfigKey.of(path, ConfigType.STRING, "x", "d"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDefaultThatDoesNotParseIsRefusedAtOnce() {
    assertThatThrownBy(() -> ConfigKey.of("a.b", ConfigType.INTEGER, "four", "d"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoKeysMayNotShareAPathOrAVariable() {
    ConfigKey<String> a = ConfigKey.of("a.b-c", ConfigType.STRING, "x", "d");

    assertThatThrownBy(() -> new ConfigSchema(List.of(a, a))).hasMessageContaining("twice");
    assertThatThrownBy(
            () -> new ConfigSchema(List.of(a, ConfigKey.of("a.b", ConfigType.STRING, "x", "d"), a)))
        .hasMessageContaining("twice");
  }

  @Test
  void suggestionsAreForNearMissesOnly() {
    ConfigSchema schema =
        new ConfigSchema(
            List.of(
                ConfigKey.of("kafka.partitions", ConfigType.STRING, "x", "d"),
                ConfigKey.of("sink.batch-size", ConfigType.STRING, "x", "d")));

    assertThat(schema.suggest("kafka.partition")).contains("kafka.partitions");
    assertThat(schema.suggest("sink.batchsize")).contains("sink.batch-size");
    assertThat(schema.suggest("snk")).contains("sink");
    assertThat(schema.suggest("logging.format")).isEmpty();
  }
}
