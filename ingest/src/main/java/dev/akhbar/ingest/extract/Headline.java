package dev.akhbar.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline without the outlet's name that pages add to their {@code <title>} and {@code
 * og:title}: «واحة الأخبار | الوزير يفتتح …», «الوزير يفتتح … - واحة الأخبار», «الواحة :: …».
 * Rules, in order:
 *
 * <ol>
 *   <li>the title is cut into segments at the separators {@code |}, {@code ::}, and {@code »} or a
 *       dash between spaces;
 *   <li>leading and trailing segments that are the site's name ({@link SiteNames#matches}) are
 *       dropped, as is a leading «name:»;
 *   <li>when no site name is known, or none matched ({@link #fromPageTitle} only): a last segment
 *       of at most {@link #MAX_SITE_WORDS} words is dropped when the rest is at least twice as
 *       long, and a first one likewise when a bar or {@code ::} follows it (a leading dash is kept:
 *       «مصر - السودان: …» is a headline).
 * </ol>
 *
 * What is left keeps its own separators: only the outlet's name goes.
 */
final class Headline {

  /** A segment this short may be a site name even when none is known. */
  static final int MAX_SITE_WORDS = 4;

  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+(?:::|[-–—»|])\\s+|\\s*\\|\\s*|\\s*::\\s*");

  private static final Pattern STRONG = Pattern.compile("\\s*(?:\\||::)\\s*");

  private static final Pattern NAME_COLON = Pattern.compile("^([^:：]{1,60})[:：]\\s+");

  private Headline() {}

  /** {@code title} without the site's name at either end; unchanged when none is found. */
  static String clean(String title, SiteNames site) {
    if (title == null) {
      return null;
    }
    List<Segment> parts = segments(title);
    int first = 0;
    int last = parts.size() - 1;
    while (first < last && site.matches(parts.get(first).text)) {
      first++;
    }
    while (last > first && site.matches(parts.get(last).text)) {
      last--;
    }
    String out = title.substring(parts.get(first).start, parts.get(last).end).strip();
    Matcher m = NAME_COLON.matcher(out);
    if (m.find() && site.matches(m.group(1)) && out.length() > m.end()) {
      out = out.substring(m.end()).strip();
    }
    return out;
  }

  /**
   * The headline in a page's {@code <title>}: the site's name dropped as {@link #clean} does, or,
   * when that finds none, a short segment at the end (or at the start before a bar) dropped.
   */
  static String fromPageTitle(String title, SiteNames site) {
    String cleaned = clean(title, site);
    if (!cleaned.equals(title.strip())) {
      return cleaned;
    }
    List<Segment> parts = segments(title);
    if (parts.size() < 2) {
      return cleaned;
    }
    int first = 0;
    int last = parts.size() - 1;
    if (isShortEnd(parts, last, first, last - 1)) {
      last--;
    }
    if (first < last
        && STRONG.matcher(title.substring(parts.get(0).end, parts.get(1).start)).matches()
        && isShortEnd(parts, first, first + 1, last)) {
      first++;
    }
    return title.substring(parts.get(first).start, parts.get(last).end).strip();
  }

  /** Whether segment {@code i} is short and the segments {@code from..to} twice as long. */
  private static boolean isShortEnd(List<Segment> parts, int i, int from, int to) {
    int words = parts.get(i).words();
    int rest = 0;
    for (int j = from; j <= to; j++) {
      rest += parts.get(j).words();
    }
    return words <= MAX_SITE_WORDS && rest >= 2 * words;
  }

  private static List<Segment> segments(String title) {
    List<Segment> parts = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(title);
    int start = 0;
    while (m.find()) {
      if (m.start() > start) {
        parts.add(new Segment(title.substring(start, m.start()), start, m.start()));
      }
      start = m.end();
    }
    if (start < title.length()) {
      parts.add(new Segment(title.substring(start), start, title.length()));
    }
    if (parts.isEmpty()) {
      parts.add(new Segment(title, 0, title.length()));
    }
    return parts;
  }

  private record Segment(String text, int start, int end) {
    int words() {
      String s = text.strip();
      return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
  }
}
