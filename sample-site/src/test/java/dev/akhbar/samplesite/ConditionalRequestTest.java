package dev.akhbar.samplesite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionalRequestTest {

  private static final PageVersion PAGE =
      new PageVersion(1, new byte[0], "\"abc123\"", Instant.parse("2025-02-03T12:00:00Z"));

  @ParameterizedTest(name = "If-None-Match {0} -> not modified: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"abc123\"              | true",
        "W/\"abc123\"            | true",
        "\"zzz\", \"abc123\"     | true",
        "*                       | true",
        "\"zzz\"                 | false",
        "abc123                  | false",
      })
  void comparesEntityTagsWeakly(String ifNoneMatch, boolean notModified) {
    assertThat(ConditionalRequest.notModified(ifNoneMatch, null, PAGE)).isEqualTo(notModified);
  }

  @ParameterizedTest(name = "If-Modified-Since {0} -> not modified: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Mon, 03 Feb 2025 12:00:00 GMT | true",
        "Tue, 04 Feb 2025 08:00:00 GMT | true",
        "Mon, 03 Feb 2025 11:59:59 GMT | false",
        "yesterday                     | false",
      })
  void comparesDatesToTheSecond(String ifModifiedSince, boolean notModified) {
    assertThat(ConditionalRequest.notModified(null, ifModifiedSince, PAGE)).isEqualTo(notModified);
  }

  @Test
  void letsEntityTagsDecideWhenBothAreSent() {
    assertThat(ConditionalRequest.notModified("\"zzz\"", "Tue, 04 Feb 2025 08:00:00 GMT", PAGE))
        .isFalse();
  }

  @Test
  void isModifiedForAnUnconditionalRequest() {
    assertThat(ConditionalRequest.notModified(null, null, PAGE)).isFalse();
  }

  @Test
  void writesLastModifiedAsAnHttpDate() {
    assertThat(ConditionalRequest.httpDate(PAGE.lastModified()))
        .isEqualTo("Mon, 03 Feb 2025 12:00:00 GMT");
  }
}
