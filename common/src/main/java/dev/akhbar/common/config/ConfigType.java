package dev.akhbar.common.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text of a setting becomes a typed value, and back. The text comes from a YAML scalar, an
 * environment variable or a flag, so every type reads text; a mistake is an {@link
 * IllegalArgumentException} whose message says what was expected and what was given.
 *
 * @param name what the documentation calls the type ("integer", "duration")
 * @param parser text to value; throws with an "expected …, got …" message
 * @param formatter value to the text that parses back to it
 */
public record ConfigType<T>(
    String name, Function<String, T> parser, Function<T, String> formatter) {

  static final String UNLIMITED = "unlimited";

  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,15})\\s*(b|kb|kib|mb|mib|gb|gib)?", Pattern.CASE_INSENSITIVE);

  public static final ConfigType<String> STRING = new ConfigType<>("text", s -> s, s -> s);

  public static final ConfigType<Integer> INTEGER = integer(Integer.MIN_VALUE, Integer.MAX_VALUE);

  public static final ConfigType<Boolean> BOOLEAN =
      new ConfigType<>("true or false", ConfigType::parseBoolean, String::valueOf);

  public static final ConfigType<Duration> DURATION =
      new ConfigType<>("duration", DurationText::parse, DurationText::format);

  /** A retention: a positive duration, or {@code unlimited} (empty) to keep records forever. */
  public static final ConfigType<Optional<Duration>> RETENTION =
      new ConfigType<>(
          "duration or unlimited",
          ConfigType::parseRetention,
          d -> d.map(DurationText::format).orElse(UNLIMITED));

  /** A size in bytes: {@code 134217728}, {@code 128MiB}, {@code 64MB}, {@code 512KiB}. */
  public static final ConfigType<Long> BYTES =
      new ConfigType<>("size in bytes", ConfigType::parseBytes, ConfigType::formatBytes);

  /** Free-form string properties (Kafka client settings): a mapping, not one scalar. */
  public static final ConfigType<Map<String, String>> PROPERTIES =
      new ConfigType<>(
          "mapping",
          s -> {
            throw new IllegalArgumentException("expected a mapping of names to values");
          },
          Object::toString);

  public ConfigType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(formatter, "formatter");
  }

  /** Whole numbers from {@code min} to {@code max}, both included. */
  public static ConfigType<Integer> integer(int min, int max) {
    String name =
        min == Integer.MIN_VALUE
            ? "integer"
            : max == Integer.MAX_VALUE ? "integer ≥ " + min : "integer " + min + ".." + max;
    return new ConfigType<>(
        name,
        s -> {
          int value;
          try {
            value = Integer.parseInt(s.strip());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected an " + name + ", got '" + s + "'", e);
          }
          if (value < min || value > max) {
            throw new IllegalArgumentException("expected an " + name + ", got " + value);
          }
          return value;
        },
        String::valueOf);
  }

  /** Decimal numbers greater than {@code lowExclusive} and at most {@code highInclusive}. */
  public static ConfigType<Double> decimal(double lowExclusive, double highInclusive) {
    String name = "decimal in (" + lowExclusive + ", " + highInclusive + "]";
    return new ConfigType<>(
        name,
        s -> {
          double value;
          try {
            value = Double.parseDouble(s.strip());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a " + name + ", got '" + s + "'", e);
          }
          if (!(value > lowExclusive && value <= highInclusive)) {
            throw new IllegalArgumentException("expected a " + name + ", got " + value);
          }
          return value;
        },
        String::valueOf);
  }

  /** One of {@code choices}, matched without regard to case; the value is the choice as listed. */
  public static ConfigType<String> oneOf(String... choices) {
    List<String> all = List.of(choices);
    String name = String.join(" | ", all);
    return new ConfigType<>(
        name,
        s ->
            all.stream()
                .filter(c -> c.equalsIgnoreCase(s.strip()))
                .findFirst()
                .orElseThrow(
                    () -> new IllegalArgumentException("expected " + name + ", got '" + s + "'")),
        c -> c);
  }

  /** The value {@code text} names. */
  public T parse(String text) {
    return parser.apply(text);
  }

  /** The text of {@code value}. */
  public String format(T value) {
    return formatter.apply(value);
  }

  private static boolean parseBoolean(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("expected true or false, got '" + s + "'");
    };
  }

  private static Optional<Duration> parseRetention(String s) {
    if (s.strip().equalsIgnoreCase(UNLIMITED)) {
      return Optional.empty();
    }
    Duration d;
    try {
      d = DurationText.parse(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "expected a duration such as 30d, or unlimited, got '" + s + "'", e);
    }
    if (d.isZero()) {
      throw new IllegalArgumentException("expected a positive duration or unlimited, got " + s);
    }
    return Optional.of(d);
  }

  private static long parseBytes(String s) {
    Matcher m = SIZE.matcher(s.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a size such as 134217728, 128MiB or 64MB, got '" + s + "'");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    long factor =
        switch (unit) {
          case "kb" -> 1_000L;
          case "kib" -> 1L << 10;
          case "mb" -> 1_000_000L;
          case "mib" -> 1L << 20;
          case "gb" -> 1_000_000_000L;
          case "gib" -> 1L << 30;
          default -> 1L;
        };
    try {
      return Math.multiplyExact(n, factor);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("size too large: '" + s + "'", e);
    }
  }

  private static String formatBytes(Long bytes) {
    for (String unit : List.of("GiB", "MiB", "KiB")) {
      long factor = unit.equals("GiB") ? 1L << 30 : unit.equals("MiB") ? 1L << 20 : 1L << 10;
      if (bytes != 0 && bytes % factor == 0) {
        return bytes / factor + unit;
      }
    }
    return String.valueOf(bytes);
  }
}
