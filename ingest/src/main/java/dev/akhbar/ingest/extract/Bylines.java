package dev.akhbar.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns bylines into author names. A byline such as «بقلم: أحمد علي - القاهرة» or «كتب محمد حسن
 * وسارة يوسف | 5 مارس 2024» gives the names alone: lead words (بقلم، كتب، كتبت، إعداد، تحرير، by)
 * dropped, a trailing place or date after a dash or bar dropped, several names split on «،», «و» as
 * a separate word, "and" and "&". What cannot be a name is dropped: URLs, e-mail addresses, text
 * with digits, more than {@link #MAX_WORDS} words, and generic desk credits (المحرر، فريق التحرير).
 */
final class Bylines {

  /** A name has at most this many words; longer is a sentence, not a byline. */
  static final int MAX_WORDS = 6;

  /** At most this many authors are kept from one page. */
  static final int MAX_AUTHORS = 10;

  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:بقلم|كتبها|كتبت|كتبه|كتب|اعداد|إعداد|تحرير|تقرير|المراسل|مراسل|written by|by|author)"
              + "\\s*[:：\\-–]?\\s*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TRAIL = Pattern.compile("\\s+[-–—|]\\s+.*$|\\s*[|]\\s*.*$");

  private static final Pattern SPLIT =
      Pattern.compile("\\s*[،,;&]\\s*|\\s+و\\s+|\\s+and\\s+", Pattern.CASE_INSENSITIVE);

  /** News agencies: credited like authors, but not people. */
  private static final Pattern AGENCY =
      Pattern.compile(
          "^(?:وكالة|وكالات|الوكالات|رويترز|فرانس برس|أ ف ب|ا ف ب|أسوشيتد برس|د ب أ|الأناضول"
              + "|واس|وام|قنا|كونا|سانا|بترا|reuters|afp|ap|associated press|dpa|agencies)(?:\\s|$)",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> DESK_CREDITS =
      Set.of(
          "المحرر",
          "محرر",
          "فريق التحرير",
          "هيئة التحرير",
          "التحرير",
          "admin",
          "administrator",
          "editor",
          "staff",
          "newsroom");

  private Bylines() {}

  /** The names in {@code bylines}, in order, without repeats. */
  static List<String> names(List<String> bylines) {
    Set<String> out = new LinkedHashSet<>();
    for (String byline : bylines) {
      if (byline == null) {
        continue;
      }
      String b = PlainText.collapse(byline);
      b = LEAD.matcher(b).replaceFirst("");
      b = TRAIL.matcher(b).replaceFirst("");
      for (String part : SPLIT.split(b)) {
        String name = LEAD.matcher(part.strip()).replaceFirst("").strip();
        if (isName(name)) {
          out.add(name);
        }
        if (out.size() >= MAX_AUTHORS) {
          return List.copyOf(out);
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static boolean isName(String s) {
    if (s.isEmpty() || s.length() > 80) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.contains("://") || lower.startsWith("www.") || s.contains("@") || s.contains("/")) {
      return false;
    }
    if (s.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    if (DESK_CREDITS.contains(lower) || AGENCY.matcher(s).find()) {
      return false;
    }
    if (s.codePoints().noneMatch(Character::isLetter)) {
      return false;
    }
    return s.split("\\s+").length <= MAX_WORDS;
  }
}
