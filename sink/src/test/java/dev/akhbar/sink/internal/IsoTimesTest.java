package dev.akhbar.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoTimesTest {

  @ParameterizedTest
  @CsvSource({
    "2024-05-01T09:30:00Z, 2024-05-01T09:30:00.000Z",
    "2024-05-01T09:30:00.5Z, 2024-05-01T09:30:00.500Z",
    "2024-05-01T09:30:00.123456789Z, 2024-05-01T09:30:00.123Z",
    "0000-01-01T00:00:00Z, 0000-01-01T00:00:00.000Z",
    "9999-12-31T23:59:59.999Z, 9999-12-31T23:59:59.999Z",
  })
  void formatsWithThreeFractionDigitsAndZ(String time, String stored) {
    assertThat(IsoTimes.format(Instant.parse(time))).isEqualTo(stored);
  }

  @Test
  void textOrderIsTimeOrder() {
    Instant whole = Instant.parse("2024-05-01T09:30:00Z");
    Instant half = Instant.parse("2024-05-01T09:30:00.5Z");

    assertThat(IsoTimes.format(whole)).isLessThan(IsoTimes.format(half));
    assertThat(whole.toString()).isGreaterThan(half.toString());
  }

  @ParameterizedTest
  @CsvSource({"+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z"})
  void timesOutsideFourDigitYearsAreRefused(String time) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IsoTimes.format(Instant.parse(time)))
        .withMessageContaining("within the years 0000-9999");
  }

  @Test
  void parsesWhatItFormats() {
    Instant time = Instant.parse("2024-05-01T09:30:00.250Z");
    assertThat(IsoTimes.parse(IsoTimes.format(time))).isEqualTo(time);
    assertThatIllegalArgumentException().isThrownBy(() -> IsoTimes.parse("yesterday"));
  }
}
