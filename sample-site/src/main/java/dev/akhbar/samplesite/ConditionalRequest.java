package dev.akhbar.samplesite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a GET may be answered 304 Not Modified, by the rules of RFC 9110 §13.1: when the request
 * carries {@code If-None-Match}, only the entity tags decide (weak comparison, {@code *} matches
 * any); otherwise {@code If-Modified-Since} decides, to the second. A date that does not parse is
 * ignored, as the RFC asks.
 */
final class ConditionalRequest {

  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  private ConditionalRequest() {}

  static boolean notModified(String ifNoneMatch, String ifModifiedSince, PageVersion version) {
    if (ifNoneMatch != null) {
      return anyTagMatches(ifNoneMatch, version.etag());
    }
    if (ifModifiedSince != null) {
      return parseHttpDate(ifModifiedSince)
          .filter(since -> !version.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since))
          .isPresent();
    }
    return false;
  }

  /** The {@code Last-Modified} form of an instant: IMF-fixdate, whose day has two digits. */
  static String httpDate(Instant instant) {
    return IMF_FIXDATE.format(instant.atOffset(ZoneOffset.UTC));
  }

  private static boolean anyTagMatches(String header, String etag) {
    for (String candidate : header.split(",")) {
      String tag = candidate.trim();
      if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
        return true;
      }
    }
    return false;
  }

  /** The tag without its weakness prefix: If-None-Match uses the weak comparison. */
  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  private static Optional<Instant> parseHttpDate(String value) {
    try {
      return Optional.of(
          ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
