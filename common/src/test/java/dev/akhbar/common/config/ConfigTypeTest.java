package dev.akhbar.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTypeTest {

  @ParameterizedTest
  @CsvSource({
    "134217728, 134217728",
    "128MiB, 134217728",
    "128 mib, 134217728",
    "64MB, 64000000",
    "512KiB, 524288",
    "1GiB, 1073741824",
    "10b, 10"
  })
  void readsSizesWithBinaryAndDecimalUnits(String text, long bytes) {
    assertThat(ConfigType.BYTES.parse(text)).isEqualTo(bytes);
  }

  @Test
  void printsSizesInTheLargestExactBinaryUnit() {
    assertThat(ConfigType.BYTES.format(134_217_728L)).isEqualTo("128MiB");
    assertThat(ConfigType.BYTES.format(1000L)).isEqualTo("1000");
    assertThat(ConfigType.BYTES.format(0L)).isEqualTo("0");
  }

  @Test
  void rejectsSizesThatAreNotSizes() {
    assertThatThrownBy(() -> ConfigType.BYTES.parse("lots"))
        .hasMessage("expected a size such as 134217728, 128MiB or 64MB, got 'lots'");
    assertThatThrownBy(() -> ConfigType.BYTES.parse("999999999999999GiB"))
        .hasMessageContaining("too large");
  }

  @Test
  void retentionIsUnlimitedOrAPositiveDuration() {
    assertThat(ConfigType.RETENTION.parse("unlimited")).isEmpty();
    assertThat(ConfigType.RETENTION.parse("Unlimited")).isEmpty();
    assertThat(ConfigType.RETENTION.parse("30d")).contains(Duration.ofDays(30));
    assertThat(ConfigType.RETENTION.format(Optional.empty())).isEqualTo("unlimited");
    assertThatThrownBy(() -> ConfigType.RETENTION.parse("0s")).hasMessageContaining("positive");
    assertThatThrownBy(() -> ConfigType.RETENTION.parse("forever"))
        .hasMessageContaining("or unlimited, got 'forever'");
  }

  @ParameterizedTest
  @CsvSource({"0, false", "1, true", "65535, true", "65536, false", "x, false", "1.5, false"})
  void integersKeepToTheirRange(String text, boolean valid) {
    ConfigType<Integer> port = ConfigType.integer(1, 65_535);
    if (valid) {
      assertThat(port.parse(text)).isEqualTo(Integer.parseInt(text));
    } else {
      assertThatThrownBy(() -> port.parse(text))
          .hasMessageStartingWith("expected an integer 1..65535, got");
    }
  }

  @Test
  void aLowerBoundAloneReadsAsAtLeast() {
    assertThatThrownBy(() -> ConfigType.integer(1, Integer.MAX_VALUE).parse("0"))
        .hasMessage("expected an integer ≥ 1, got 0");
  }

  @Test
  void booleansAreTrueOrFalseOnly() {
    assertThat(ConfigType.BOOLEAN.parse("TRUE")).isTrue();
    assertThat(ConfigType.BOOLEAN.parse("false")).isFalse();
    assertThatThrownBy(() -> ConfigType.BOOLEAN.parse("yes"))
        .hasMessage("expected true or false, got 'yes'");
  }

  @Test
  void decimalsKeepToTheirInterval() {
    ConfigType<Double> share = ConfigType.decimal(0, 1);
    assertThat(share.parse("0.9")).isEqualTo(0.9);
    assertThat(share.parse("1")).isEqualTo(1.0);
    assertThatThrownBy(() -> share.parse("0")).hasMessageContaining("got 0.0");
    assertThatThrownBy(() -> share.parse("high")).hasMessageContaining("got 'high'");
  }

  @Test
  void choicesMatchWithoutCaseAndAnswerAsListed() {
    ConfigType<String> format = ConfigType.oneOf("text", "json");
    assertThat(format.parse("JSON")).isEqualTo("json");
    assertThatThrownBy(() -> format.parse("xml")).hasMessage("expected text | json, got 'xml'");
  }
}
