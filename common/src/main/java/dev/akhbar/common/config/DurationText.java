package dev.akhbar.common.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in a config file: a whole number with a unit ({@code 500ms},
 * {@code 30s}, {@code 15m}, {@code 2h}, {@code 7d}) or ISO-8601 ({@code PT15M}, {@code P7D}).
 */
public final class DurationText {

  private static final Pattern SHORT = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h|d)");

  private DurationText() {}

  /**
   * The duration {@code text} names.
   *
   * @throws IllegalArgumentException when it is neither form, or negative
   */
  public static Duration parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(s);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    if (s.startsWith("p")) {
      try {
        Duration d = Duration.parse(s.toUpperCase(Locale.ROOT));
        if (!d.isNegative()) {
          return d;
        }
      } catch (DateTimeParseException e) {
        // fall through to the one message below
      }
    }
    throw new IllegalArgumentException(
        "expected a duration such as 500ms, 30s, 15m, 2h, 7d or PT15M, got '" + text + "'");
  }

  /** The shortest exact form of {@code d} in the units above: {@code 90s}, {@code 7d}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms % 1000 != 0) {
      return ms + "ms";
    }
    long s = ms / 1000;
    if (s == 0 || s % 60 != 0) {
      return s + "s";
    }
    long m = s / 60;
    if (m % 60 != 0) {
      return m + "m";
    }
    long h = m / 60;
    return h % 24 != 0 ? h + "h" : h / 24 + "d";
  }
}
