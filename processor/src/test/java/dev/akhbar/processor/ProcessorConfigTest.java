package dev.akhbar.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.akhbar.common.record.OutcomeKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProcessorConfigTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    ProcessorConfig c = ProcessorConfig.builder().build();
    assertThat(c.applicationId()).isEqualTo("akhbar-processor");
    assertThat(c.topics().raw()).isEqualTo("akhbar.raw.v1");
    assertThat(c.dedupWindow()).isEqualTo(Duration.ofDays(7));
    assertThat(c.similarityThreshold()).isEqualTo(0.5);
    assertThat(c.shingleWords()).isEqualTo(3);
    assertThat(c.minhashFunctions()).isEqualTo(192);
    assertThat(c.lshBands() * c.lshRows()).isEqualTo(128);
    assertThat(c.minBodyLetters()).isEqualTo(150);
    assertThat(c.nonArabicPolicy()).isEqualTo(dev.akhbar.processor.intake.NonArabicPolicy.PASS);
    assertThat(c.partitions()).isEqualTo(4);
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> invalid() {
    return java.util.stream.Stream.of(
        bad(b -> b.applicationId(" "), "applicationId must not be blank"),
        bad(b -> b.threads(0), "threads must be at least 1, got 0"),
        bad(b -> b.partitions(0), "partitions must be at least 1, got 0"),
        bad(b -> b.dedupWindow(Duration.ZERO), "dedupWindow must be positive"),
        bad(b -> b.similarityThreshold(0), "similarityThreshold must be in (0, 1], got 0.0"),
        bad(b -> b.similarityThreshold(1.01), "similarityThreshold must be in (0, 1], got 1.01"),
        bad(b -> b.shingleWords(9), "shingleWords must be in [1, 8], got 9"),
        bad(
            b -> b.minhashFunctions(64),
            "lshBands × rows (128) must not exceed minhashFunctions (64)"),
        bad(b -> b.lsh(0, 4), "lshBands must be in [1, 255], got 0"),
        bad(b -> b.minBodyLetters(-1), "minBodyLetters must not be negative, got -1"),
        bad(b -> b.rocksDbMemoryBytes(1024), "rocksDbMemoryBytes must be at least 16777216"));
  }

  private static org.junit.jupiter.params.provider.Arguments bad(
      UnaryOperator<ProcessorConfig.Builder> change, String message) {
    return org.junit.jupiter.params.provider.Arguments.of(change, message);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidSettingsAreRefusedWithTheRule(
      UnaryOperator<ProcessorConfig.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(ProcessorConfig.builder()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message.replace("lshBands × rows", "lshBands × lshRows"));
  }

  @Test
  void passthroughSettingsOverrideOursAndAreNotPrinted() {
    ProcessorConfig c =
        ProcessorConfig.builder()
            .kafka(
                Map.of(
                    "bootstrap.servers", "broker:9092",
                    "sasl.jaas.config",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required password=\"s3cret\";",
                    "commit.interval.ms", "50"))
            .build();
    Properties p = StreamsSettings.of(c);
    assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
    assertThat(p.get(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG))
        .isEqualTo(true);
    assertThat(p.get("commit.interval.ms")).isEqualTo("50");
    assertThat(p.get("bootstrap.servers")).isEqualTo("broker:9092");
    assertThat(c.toString()).contains("sasl.jaas.config").doesNotContain("s3cret");
  }

  @Test
  void outcomesAreCountedByKind() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ProcessorMetrics metrics = new ProcessorMetrics();
    metrics.bindTo(registry);
    metrics.outcome(OutcomeKind.NEW);
    metrics.outcome(OutcomeKind.NEW);
    metrics.outcome(OutcomeKind.DEAD_LETTER);

    assertThat(registry.get("akhbar.processor.outcomes").tag("outcome", "new").counter().count())
        .isEqualTo(2);
    assertThat(
            registry
                .get("akhbar.processor.outcomes")
                .tag("outcome", "dead_letter")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(registry.get("akhbar.processor.outcomes").tag("outcome", "update").counter().count())
        .isZero();
  }
}
