package dev.akhbar.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bylines into author names: people, never outlets or agencies. A byline such as «بقلم: أحمد
 * علي - القاهرة», «كتب – محمد حسن وسارة يوسف | 5 مارس 2024» or «إعداد ليلى منصور» gives the names
 * alone:
 *
 * <ul>
 *   <li>lead words dropped, with or without a colon or dash: بقلم، كتب، كتبت، إعداد، تحرير، تقرير،
 *       متابعة، حوار، ترجمة، بواسطة، by;
 *   <li>a trailing place or date after a dash or bar dropped, and parenthesized credits («(واس)»);
 *   <li>several names split on «،», «و» (as a word, or glued to a name when both sides have two
 *       words), "and" and "&amp;".
 * </ul>
 *
 * What is not a person is dropped: URLs, e-mail addresses, text with digits, more than {@link
 * #MAX_WORDS} words, desk credits (المحرر، فريق التحرير، مراسلنا), news agencies by name or
 * abbreviation (رويترز، أ ف ب، واس، أ ش أ، الوكالة الوطنية للإعلام …) and anything that starts with
 * an outlet's kind (وكالة، صحيفة، موقع، قناة، شبكة …). A byline that credits an agency after a dash
 * («القاهرة - أ ش أ») is a dateline and a credit, not a name, unless the part before the dash has
 * at least two words. The contract has no field for agency credits: they are left out. The outlet's
 * own name is removed by the caller, which knows it ({@link SiteNames}).
 */
final class Bylines {

  /** A name has at most this many words; longer is a sentence, not a byline. */
  static final int MAX_WORDS = 6;

  /** At most this many authors are kept from one page. */
  static final int MAX_AUTHORS = 10;

  /** A byline line standing alone in the text has at most this many characters. */
  static final int MAX_BYLINE_LINE_CHARS = 80;

  private static final String LEAD_WORDS =
      "بقلم|كتبها|كتبت|كتبه|كتب|اعداد|إعداد|تحرير|تقرير|متابعة|حوار|ترجمة|بواسطة"
          + "|written by|by|author";

  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:" + LEAD_WORDS + ")(?:\\s*[:：\\-–—]\\s*|\\s+)", Pattern.CASE_INSENSITIVE);

  /** A lead word followed by a colon or a dash: a byline whatever follows. */
  private static final Pattern MARKED_LEAD =
      Pattern.compile("^(?:" + LEAD_WORDS + ")\\s*[:：\\-–—]", Pattern.CASE_INSENSITIVE);

  private static final Pattern TRAIL = Pattern.compile("\\s+[-–—|]\\s+.*$|\\s*[|]\\s*.*$");

  private static final Pattern DASH_SPLIT = Pattern.compile("\\s+[-–—|]\\s+|\\s*[|]\\s*");

  private static final Pattern GLUED_AND = Pattern.compile("\\s+و(?=\\p{L})");

  private static final Pattern PARENTHESES = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]");

  private static final Pattern SPLIT =
      Pattern.compile("\\s*[،,;&]\\s*|\\s+و\\s+|\\s+and\\s+", Pattern.CASE_INSENSITIVE);

  /** Agencies by name or abbreviation, whole (compared on the folded, dot-less form). */
  private static final Set<String> AGENCIES =
      Set.of(
          "رويترز",
          "فرانس برس",
          "فرانس بريس",
          "ا ف ب",
          "اف ب",
          "ا ش ا",
          "اش ا",
          "د ب ا",
          "اسوشيتد برس",
          "الاسوشيتد برس",
          "الاناضول",
          "واس",
          "وام",
          "قنا",
          "كونا",
          "سانا",
          "بترا",
          "بنا",
          "سبا",
          "العمانيه",
          "شينخوا",
          "سبوتنيك",
          "ارنا",
          "وفا",
          "reuters",
          "afp",
          "ap",
          "associated press",
          "dpa",
          "ansa",
          "xinhua",
          "anadolu",
          "spa",
          "wam",
          "qna",
          "kuna",
          "mena",
          "agencies");

  /** First words that make a credit an organization (folded). */
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "وكاله",
          "الوكاله",
          "وكالات",
          "الوكالات",
          "صحيفه",
          "الصحيفه",
          "جريده",
          "الجريده",
          "مجله",
          "المجله",
          "موقع",
          "الموقع",
          "قناه",
          "القناه",
          "شبكه",
          "الشبكه",
          "بوابه",
          "البوابه",
          "اذاعه",
          "الاذاعه",
          "تلفزيون",
          "التلفزيون",
          "راديو",
          "منصه",
          "المنصه",
          "مركز",
          "المركز",
          "مكتب",
          "المكتب",
          "فريق",
          "قسم",
          "هيئه",
          "الهيئه",
          "وزاره",
          "الوزاره",
          "مؤسسه",
          "المؤسسه",
          "مراسلنا",
          "مراسلونا",
          "مراسل",
          "المراسل",
          "محرر",
          "المحرر",
          "التحرير",
          "متابعات",
          "المصدر",
          "مصدر",
          "خاص");

  private static final Set<String> DESK_CREDITS =
      Set.of("admin", "administrator", "editor", "staff", "newsroom", "غرفه الاخبار");

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
      b = PARENTHESES.matcher(b).replaceAll("");
      if (isDatelineCredit(b)) {
        continue;
      }
      b = TRAIL.matcher(b).replaceFirst("");
      for (String part : splitNames(b)) {
        String name = LEAD.matcher(part.strip()).replaceFirst("").strip();
        if (isPerson(name)) {
          out.add(name);
        }
        if (out.size() >= MAX_AUTHORS) {
          return List.copyOf(out);
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * Whether {@code line}, a paragraph standing alone, is a byline: a lead word then a name, as in
   * «كتب: هلال الحارثي», «بقلم د. سامي المهري» or «إعداد – ليلى منصور». A lead word without a colon
   * or dash counts only when the whole line is no longer than a name.
   */
  static boolean isBylineLine(String line) {
    String s = line.strip();
    if (s.length() > MAX_BYLINE_LINE_CHARS || !LEAD.matcher(s).find()) {
      return false;
    }
    String rest = LEAD.matcher(s).replaceFirst("");
    String name = TRAIL.matcher(PARENTHESES.matcher(rest).replaceAll("")).replaceFirst("").strip();
    if (name.isEmpty() || name.split("\\s+").length > MAX_WORDS) {
      return false;
    }
    return MARKED_LEAD.matcher(s).find() || s.split("\\s+").length <= MAX_WORDS + 1;
  }

  /** Whether {@code text} starts with a lead word and a colon or dash: «كتب: …», «بقلم – …». */
  static boolean isBylineLead(String text) {
    return MARKED_LEAD.matcher(text.strip()).find();
  }

  /**
   * The names of a byline: split on «،», «و» and "and" as words, and on «و» glued to the next name
   * when both sides have at least two words («جاد مرعي وميرا عواد»; «وليد» and «أحمد وليد الحسن»
   * stay whole).
   */
  private static List<String> splitNames(String byline) {
    List<String> out = new ArrayList<>();
    for (String part : SPLIT.split(byline)) {
      String p = part.strip();
      Matcher m = GLUED_AND.matcher(p);
      int start = 0;
      while (m.find()) {
        String left = p.substring(start, m.start()).strip();
        String right = p.substring(m.end()).strip();
        if (left.split("\\s+").length >= 2 && right.split("\\s+").length >= 2) {
          out.add(left);
          start = m.end();
        }
      }
      out.add(p.substring(start));
    }
    return out;
  }

  /** «القاهرة - أ ش أ»: a place and an agency after a dash. */
  private static boolean isDatelineCredit(String byline) {
    String[] parts = DASH_SPLIT.split(byline.strip());
    if (parts.length < 2) {
      return false;
    }
    boolean agencyCredit = false;
    for (int i = 1; i < parts.length; i++) {
      agencyCredit |= isOrganization(parts[i].strip());
    }
    return agencyCredit && parts[0].strip().split("\\s+").length < 2;
  }

  private static boolean isPerson(String s) {
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
    if (s.codePoints().noneMatch(Character::isLetter)) {
      return false;
    }
    if (isOrganization(s)) {
      return false;
    }
    return s.split("\\s+").length <= MAX_WORDS;
  }

  /** An agency, an outlet or a desk, not a person. */
  static boolean isOrganization(String credit) {
    String key = key(credit);
    if (key.isEmpty()) {
      return false;
    }
    if (AGENCIES.contains(key) || DESK_CREDITS.contains(key)) {
      return true;
    }
    String first = key.split(" ", 2)[0];
    return ORGANIZATION_WORDS.contains(first);
  }

  /** The folded form credits are compared in: dots and punctuation gone, spaces single. */
  private static String key(String s) {
    Matcher m = NOT_LETTER.matcher(DateText.fold(s));
    return m.replaceAll(" ").strip().replaceAll("\\s+", " ");
  }

  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
}
