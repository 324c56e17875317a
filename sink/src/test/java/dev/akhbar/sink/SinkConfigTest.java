package dev.akhbar.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.akhbar.common.kafka.Topics;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SinkConfigTest {

  private final SinkConfig defaults = SinkConfig.defaults("localhost:9092");

  @Test
  void hasTheDocumentedDefaults() {
    assertThat(defaults.groupId()).isEqualTo("akhbar-sink");
    assertThat(defaults.batchSize()).isEqualTo(500);
    assertThat(defaults.linger()).isEqualTo(Duration.ofMillis(200));
    assertThat(defaults.retryBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(defaults.maxRetryBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.closeTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.kafkaProperties()).isEmpty();
  }

  @Test
  void readsTheFourOutputTopicsOfTheProcessor() {
    assertThat(defaults.withTopics(new Topics("x")).inputTopics())
        .containsExactly("x.articles.v1", "x.duplicates.v1", "x.rejected.v1", "x.dlq.v1");
  }

  @ParameterizedTest
  @CsvSource({"1, true", "10000, true", "0, false", "10001, false"})
  void batchSizeIsFromOneToTheLimit(int size, boolean valid) {
    if (valid) {
      assertThat(defaults.withBatchSize(size).batchSize()).isEqualTo(size);
    } else {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> defaults.withBatchSize(size))
          .withMessageContaining("batchSize must be from 1 to 10000");
    }
  }

  @ParameterizedTest
  @CsvSource({"0, true", "60000, true", "60001, false", "-1, false"})
  void lingerIsFromZeroToOneMinute(long millis, boolean valid) {
    if (valid) {
      assertThat(defaults.withLinger(Duration.ofMillis(millis)).linger().toMillis())
          .isEqualTo(millis);
    } else {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> defaults.withLinger(Duration.ofMillis(millis)))
          .withMessageContaining("linger");
    }
  }

  @Test
  void theLongestBackoffIsAtLeastTheFirst() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> defaults.withRetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .withMessageContaining("maxRetryBackoff must be at least retryBackoff (2000 ms)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "enable.auto.commit",
        "isolation.level",
        "group.id",
        "value.deserializer",
        "Bootstrap.Servers"
      })
  void settingsTheGuaranteesRestOnCannotBePassedThrough(String key) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> defaults.withKafkaProperties(Map.of(key, "x")))
        .withMessageContaining("is set by the sink itself");
  }

  @Test
  void passesOtherKafkaSettingsThroughButNeverPrintsTheirValues() {
    SinkConfig config =
        defaults.withKafkaProperties(
            Map.of("security.protocol", "SASL_SSL", "sasl.jaas.config", "password=\"hunter2\""));

    assertThat(config.kafkaProperties()).containsEntry("security.protocol", "SASL_SSL");
    assertThat(config.toString()).contains("sasl.jaas.config").doesNotContain("hunter2");
  }

  @Test
  void aBlankGroupOrBrokerListIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> defaults.withGroupId(" "));
    assertThatIllegalArgumentException().isThrownBy(() -> SinkConfig.defaults(""));
  }
}
