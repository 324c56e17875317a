package dev.akhbar.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

  @ParameterizedTest
  @CsvSource({
    "500ms, PT0.5S",
    "30s, PT30S",
    "15m, PT15M",
    "2h, PT2H",
    "7d, PT168H",
    "' 10 s ', PT10S",
    "0s, PT0S",
    "PT15M, PT15M",
    "pt1h30m, PT1H30M",
    "P7D, PT168H"
  })
  void readsShortAndIsoForms(String text, String expected) {
    assertThat(DurationText.parse(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ten seconds", "10", "-5s", "PT-5S", "5w", "1.5h", "P"})
  void rejectsAnythingElseNamingTheForms(String text) {
    assertThatThrownBy(() -> DurationText.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a duration such as 500ms, 30s");
  }

  @ParameterizedTest
  @CsvSource({
    "PT0.25S, 250ms",
    "PT0S, 0s",
    "PT45S, 45s",
    "PT90S, 90s",
    "PT15M, 15m",
    "PT2H, 2h",
    "PT36H, 36h",
    "PT720H, 30d"
  })
  void formatsInTheLargestExactUnit(String duration, String expected) {
    assertThat(DurationText.format(Duration.parse(duration))).isEqualTo(expected);
    assertThat(DurationText.parse(expected)).isEqualTo(Duration.parse(duration));
  }
}
