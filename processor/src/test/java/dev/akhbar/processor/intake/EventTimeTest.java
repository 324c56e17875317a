package dev.akhbar.processor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.json.InvalidRecordException;
import dev.akhbar.common.json.RawArticleReader;
import dev.akhbar.common.record.RawArticle;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTimeTest {

  private static final long RECORD_TIME = Instant.parse("2025-03-06T12:00:00Z").toEpochMilli();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          published wins                      | 2025-03-01T08:00:00Z | 2025-03-02T08:00:00Z | 2025-03-01T08:00:00Z
          fetched when not published          |                      | 2025-03-02T08:00:00Z | 2025-03-02T08:00:00Z
          exactly a day ahead is kept         | 2025-03-07T12:00:00Z |                      | 2025-03-07T12:00:00Z
          further ahead is clamped to one day | 2025-03-07T12:00:01Z |                      | 2025-03-07T12:00:00Z
          a date from 2099 is clamped         | 2099-01-01T00:00:00Z |                      | 2025-03-07T12:00:00Z
          before 1970 is 1970                 | 1960-01-01T00:00:00Z |                      | 1970-01-01T00:00:00Z
          """)
  void eventTimeIsPublishedElseFetchedWithinADayOfTheRecord(
      String rule, String published, String fetched, String expected)
      throws InvalidRecordException {
    assertThat(Instant.ofEpochMilli(Intake.eventTime(raw(published, fetched), RECORD_TIME)))
        .isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"0", "1741262400000"})
  void anArticleWithNoTimeIsUndatedWhateverTheRecordTime(long recordTime)
      throws InvalidRecordException {
    assertThat(Intake.eventTime(raw(null, null), recordTime)).isEqualTo(Intake.UNDATED);
  }

  private static RawArticle raw(String published, String fetched) throws InvalidRecordException {
    StringBuilder json =
        new StringBuilder("{\"url\":\"https://a.example/1\",\"title\":\"t\",\"body\":\"b\"");
    if (published != null) {
      json.append(",\"published_at\":\"").append(published).append('"');
    }
    if (fetched != null) {
      json.append(",\"fetched_at\":\"").append(fetched).append('"');
    }
    return RawArticleReader.withDefaults().read(json.append('}').toString());
  }
}
