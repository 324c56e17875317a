package dev.akhbar.ingest.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that news pages print, into an instant in UTC. Tried in order, the
 * first that matches wins:
 *
 * <ol>
 *   <li>ISO-8601 ({@code 2024-03-05T14:30:00+03:00}, {@code 2024-03-05 14:30}, {@code 2024-03-05});
 *   <li>RFC 822/1123 and English month names ({@code Tue, 05 Mar 2024 14:30:00 GMT}, {@code March
 *       5, 2024});
 *   <li>day, Arabic month name of any family ({@link MonthNames}), year: {@code ٥ آذار/مارس ٢٠٢٤},
 *       {@code الأحد 14 جانفي 2024 على الساعة 10:15}, with an optional time {@code 2:30 م};
 *   <li>numeric day/month/year ({@code 05/03/2024}, as Arab outlets write it) or year/month/day;
 *   <li>only when none of the above is present: a Hijri date ({@code 12 رجب 1445 هـ}, or in digits
 *       with its era mark, {@code 1445/07/12هـ}), converted with the Umm al-Qura calendar. A
 *       numeric date marked هـ is never read as Gregorian: «1446/07/28هـ الموافق 2025/01/28م» gives
 *       28 January 2025.
 * </ol>
 *
 * Eastern Arabic and Persian digits count as digits. A date without a zone or offset is in the
 * source's zone; a date without a time is the start of that day.
 */
public final class NewsDates {

  /** Only the start of a long text is searched for a date. */
  static final int MAX_CHARS = 500;

  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
              + "(?:[t ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
              + "\\s*(z|utc|gmt|[+-]\\d{2}(?::?\\d{2})?)?(?![\\d:])");

  private static final Pattern ENGLISH_DAY_FIRST =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+("
              + MonthNames.alternation(MonthNames.ENGLISH)
              + ")\\.?[\\s,-]+(\\d{4}|\\d{2})(?!\\d)");

  private static final Pattern ENGLISH_MONTH_FIRST =
      Pattern.compile(
          "(?<!\\p{L})("
              + MonthNames.alternation(MonthNames.ENGLISH)
              + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

  private static final String SEPARATOR = "\\s*(?:[/\\-–—(]|\\s)\\s*";

  private static final Pattern ARABIC_GREGORIAN =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?("
              + MonthNames.alternation(MonthNames.GREGORIAN)
              + ")(?:"
              + SEPARATOR
              + "(?:"
              + MonthNames.alternation(MonthNames.GREGORIAN)
              + ")\\)?)?\\s*[,،]?\\s*(?:سنه\\s+|عام\\s+)?(\\d{4})(?!\\d)(?!\\s*ه(?!\\p{L}))");

  private static final Pattern HIJRI =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?("
              + MonthNames.alternation(MonthNames.HIJRI)
              + ")\\s*[,،]?\\s*(?:سنه\\s+|عام\\s+)?(\\d{4})(?!\\d)");

  private static final Pattern NUMERIC_DAY_FIRST =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/.-])");

  private static final Pattern NUMERIC_YEAR_FIRST =
      Pattern.compile("(?<![\\d/.-])(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d/.-])");

  private static final Pattern HIJRI_MARK = Pattern.compile("\\s*(?:ه(?!\\p{L})|هجري|هجريه)");

  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d)\\s*"
              + "(صباحا|صباح|مساءا|مساء|ظهرا|ظهر|عصرا|عصر|ليلا|ليل|فجرا|فجر|ص|م|am|pm|a\\.m\\."
              + "|p\\.m\\.)?(?!\\p{L})");

  private static final Pattern ZONE =
      Pattern.compile(
          "(?<!\\p{L})(?:gmt|utc|غرينتش|غرينيتش|جرينتش)\\s*(?:([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?"
              + "|(?<![\\d:])([+-])(\\d{2}):?(\\d{2})(?!\\d)");

  private static final Pattern RFC_ZONE_NAME =
      Pattern.compile("(?<!\\p{L})(est|edt|cst|cdt|mst|mdt|pst|pdt)(?!\\p{L})");

  private NewsDates() {}

  /** The instant {@code text} names, read in {@code zone} when it carries no zone of its own. */
  public static Optional<Instant> parse(String text, ZoneId zone) {
    return parse(text, zone, true);
  }

  /**
   * The instant of a Gregorian date in {@code text}, never of a Hijri one: for a page that prints
   * its Hijri and Gregorian dates on separate lines.
   */
  static Optional<Instant> parseGregorian(String text, ZoneId zone) {
    return parse(text, zone, false);
  }

  private static Optional<Instant> parse(String text, ZoneId zone, boolean hijri) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (!DateText.hasDigit(text)) {
      return Optional.empty();
    }
    String s = DateText.fold(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    Optional<Instant> gregorian =
        iso(s, zone)
            .or(() -> english(s, zone))
            .or(() -> arabic(s, zone))
            .or(() -> numeric(s, zone));
    return hijri ? gregorian.or(() -> hijri(s, zone)) : gregorian;
  }

  private static Optional<Instant> iso(String s, ZoneId zone) {
    Matcher m = ISO.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = date(num(m, 1), num(m, 2), num(m, 3));
    if (date.isEmpty()) {
      return Optional.empty();
    }
    LocalTime time =
        m.group(4) == null
            ? LocalTime.MIDNIGHT
            : time(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6), null).orElse(null);
    if (time == null) {
      return Optional.empty();
    }
    ZoneId z = m.group(7) == null ? zone : offset(m.group(7)).orElse(zone);
    return Optional.of(LocalDateTime.of(date.get(), time).atZone(z).toInstant());
  }

  private static Optional<Instant> english(String s, ZoneId zone) {
    Matcher m = ENGLISH_DAY_FIRST.matcher(s);
    int day;
    int month;
    int year;
    int end;
    if (m.find()) {
      day = num(m, 1);
      month = MonthNames.monthOf(MonthNames.ENGLISH, m.group(2));
      year = fullYear(num(m, 3));
      end = m.end();
    } else {
      m = ENGLISH_MONTH_FIRST.matcher(s);
      if (!m.find()) {
        return Optional.empty();
      }
      month = MonthNames.monthOf(MonthNames.ENGLISH, m.group(1));
      day = num(m, 2);
      year = num(m, 3);
      end = m.end();
    }
    return withTimeAndZone(date(year, month, day), s, end, zone);
  }

  private static Optional<Instant> arabic(String s, ZoneId zone) {
    Matcher m = ARABIC_GREGORIAN.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    Optional<LocalDate> date =
        date(num(m, 3), MonthNames.monthOf(MonthNames.GREGORIAN, m.group(2)), num(m, 1));
    return withTimeAndZone(date, s, m.end(), zone);
  }

  private static Optional<Instant> numeric(String s, ZoneId zone) {
    // A numeric date marked هـ is Hijri (Gulf pages print «1446/07/28هـ الموافق 2025/01/28م»):
    // it is skipped here, and read by hijri() only when no Gregorian date is given.
    Matcher m = NUMERIC_YEAR_FIRST.matcher(s);
    while (m.find()) {
      Optional<LocalDate> d = date(num(m, 1), num(m, 2), num(m, 3));
      if (d.isPresent() && !hijriMarkAt(s, m.end())) {
        return withTimeAndZone(d, s, m.end(), zone);
      }
    }
    m = NUMERIC_DAY_FIRST.matcher(s);
    while (m.find()) {
      Optional<LocalDate> d = date(num(m, 3), num(m, 2), num(m, 1));
      if (d.isPresent() && !hijriMarkAt(s, m.end())) {
        return withTimeAndZone(d, s, m.end(), zone);
      }
    }
    return Optional.empty();
  }

  /** Whether the text at {@code from} is the Hijri era mark (هـ, هجري, هجرية), after spaces. */
  private static boolean hijriMarkAt(String s, int from) {
    return HIJRI_MARK.matcher(s).region(from, s.length()).lookingAt();
  }

  /** A Hijri date written in digits: the year (1300-1599) and the era mark are required. */
  private static Optional<LocalDate> numericHijri(String s) {
    Matcher m = NUMERIC_YEAR_FIRST.matcher(s);
    while (m.find()) {
      if (hijriMarkAt(s, m.end())) {
        Optional<LocalDate> d = hijriDate(num(m, 1), num(m, 2), num(m, 3));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    m = NUMERIC_DAY_FIRST.matcher(s);
    while (m.find()) {
      if (hijriMarkAt(s, m.end())) {
        Optional<LocalDate> d = hijriDate(num(m, 3), num(m, 2), num(m, 1));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> hijri(String s, ZoneId zone) {
    Matcher m = HIJRI.matcher(s);
    if (m.find()) {
      Optional<LocalDate> date =
          hijriDate(num(m, 3), MonthNames.monthOf(MonthNames.HIJRI, m.group(2)), num(m, 1));
      return withTimeAndZone(date, s, m.end(), zone);
    }
    Optional<LocalDate> numeric = numericHijri(s);
    return numeric.isPresent() ? withTimeAndZone(numeric, s, 0, zone) : Optional.empty();
  }

  /** The Gregorian day of a Hijri date (Umm al-Qura), when it is one and plausible. */
  private static Optional<LocalDate> hijriDate(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.from(HijrahDate.of(year, month, day)))
          .filter(NewsDates::plausible);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> withTimeAndZone(
      Optional<LocalDate> date, String s, int from, ZoneId zone) {
    if (date.isEmpty()) {
      return Optional.empty();
    }
    LocalTime time = LocalTime.MIDNIGHT;
    Matcher t = TIME.matcher(s);
    if (t.find(from) || t.find(0)) {
      time =
          time(num(t, 1), num(t, 2), t.group(3) == null ? 0 : num(t, 3), t.group(4))
              .orElse(LocalTime.MIDNIGHT);
    }
    ZoneId z = zoneIn(s).orElse(zone);
    return Optional.of(LocalDateTime.of(date.get(), time).atZone(z).toInstant());
  }

  private static Optional<ZoneId> zoneIn(String s) {
    Matcher m = ZONE.matcher(s);
    if (m.find()) {
      if (m.group(4) != null) {
        return offset(m.group(4) + m.group(5) + m.group(6));
      }
      if (m.group(1) == null) {
        return Optional.of(ZoneOffset.UTC);
      }
      int hours = Integer.parseInt(m.group(2));
      int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      return ofOffset(("-".equals(m.group(1)) ? -1 : 1), hours, minutes);
    }
    Matcher n = RFC_ZONE_NAME.matcher(s);
    if (n.find()) {
      int hours =
          switch (n.group(1)) {
            case "edt" -> -4;
            case "est", "cdt" -> -5;
            case "cst", "mdt" -> -6;
            case "mst", "pdt" -> -7;
            default -> -8;
          };
      return Optional.of(ZoneOffset.ofHours(hours));
    }
    return Optional.empty();
  }

  private static Optional<ZoneId> offset(String text) {
    String t = text.strip();
    if (t.equals("z") || t.equals("utc") || t.equals("gmt")) {
      return Optional.of(ZoneOffset.UTC);
    }
    int sign = t.charAt(0) == '-' ? -1 : 1;
    String digits = t.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    return ofOffset(sign, hours, minutes);
  }

  private static Optional<ZoneId> ofOffset(int sign, int hours, int minutes) {
    try {
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day)).filter(NewsDates::plausible);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean plausible(LocalDate d) {
    return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR;
  }

  private static Optional<LocalTime> time(int hour, int minute, int second, String meridiem) {
    int h = hour;
    if (meridiem != null) {
      if (h > 12) {
        return Optional.empty();
      }
      h = h % 12 + (isAfternoon(meridiem, h % 12) ? 12 : 0);
    }
    try {
      return Optional.of(LocalTime.of(h, minute, second));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether a clock hour (0-11) with this word is after noon: م، مساء، عصرا and pm always; ظهرا up
   * to 4 («الواحدة ظهرًا»); ليلا from 6 («الحادية عشرة ليلًا»), not before («الواحدة ليلًا» is 1
   * am); صباحا، فجرا، ص and am never.
   */
  private static boolean isAfternoon(String meridiem, int hour) {
    return switch (meridiem) {
      case "م", "مساء", "مساءا", "عصرا", "عصر" -> true;
      case "ظهرا", "ظهر" -> hour <= 4;
      case "ليلا", "ليل" -> hour >= 6;
      default -> meridiem.startsWith("p");
    };
  }

  private static int fullYear(int year) {
    return year < 100 ? 2000 + year : year;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
