package dev.akhbar.sink.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Times as SQLite stores them: ISO-8601 in UTC with exactly three fraction digits and a trailing
 * {@code Z} ({@code 2024-05-01T09:30:00.000Z}). The fixed width makes text order equal time order,
 * which {@link Instant#toString()} does not give ({@code …:00Z} sorts after {@code …:00.5Z}).
 * Sub-millisecond precision is dropped.
 */
public final class IsoTimes {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private IsoTimes() {}

  /**
   * The stored text of {@code time}.
   *
   * @throws IllegalArgumentException for a time outside the years 0000 to 9999, which would not
   *     sort as text
   */
  public static String format(Instant time) {
    if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
      throw new IllegalArgumentException("time must be within the years 0000-9999, got " + time);
    }
    return FORMAT.format(time.truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * The time that {@code text} holds, in the stored form or any ISO-8601 instant.
   *
   * @throws IllegalArgumentException when the text is not an ISO-8601 instant
   */
  public static Instant parse(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 instant: '" + text + "'", e);
    }
  }
}
