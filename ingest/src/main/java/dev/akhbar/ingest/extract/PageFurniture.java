package dev.akhbar.ingest.extract;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates an article's paragraphs from the page furniture that lands in the same element on
 * templates that name nothing by class: the generic reader's last pass, in the spirit of
 * trafilatura's and jusText's paragraph filters. A paragraph of the main element is furniture when
 * it is:
 *
 * <ul>
 *   <li>a link list or a teaser: more than {@link #MAX_LINK_DENSITY} of its characters in links;
 *   <li>the headline again, a breadcrumb («الرئيسية » اقتصاد», told from Arabic quotation marks by
 *       the spaces and the missing «), or the info line with a date («نشر في: … | عدد القراءات»);
 *   <li>a byline standing alone among the first or last {@link #BYLINE_EDGE} paragraphs («كتب –
 *       هلال الحارثي»): kept apart, for the authors;
 *   <li>a short line of sharing, printing, reading-on and advertising calls («شارك الخبر: …»، «اقرأ
 *       أيضًا: …») or the heading of a related list («أخبار ذات صلة»، «الأكثر قراءة»); a bare label
 *       («إعلان»، «طباعة») only as a whole line, so that «إعلان النتائج …» stays;
 *   <li>a copyright line («جميع الحقوق محفوظة»، ©);
 *   <li>before the first paragraph of {@link #MIN_TEXT_CHARS} characters, a label shorter than
 *       {@link #MIN_LINE_CHARS} that ends no sentence («نسخة للطباعة», a kicker);
 *   <li>the heading of the readers' comments («تعليقات القراء»، «أضف تعليقك»), and everything after
 *       it once an article paragraph was seen.
 * </ul>
 *
 * An outlet's own sign-off («تابعوا آخر المستجدات على صفحتنا …», a signature «(النخلة)») is part of
 * what it wrote and stays: copies of one wire story differ by such lines.
 */
final class PageFurniture {

  /** A block with more of its text in links than this is a link list. */
  static final double MAX_LINK_DENSITY = 0.5;

  /** Bylines are looked for among this many paragraphs at each end. */
  static final int BYLINE_EDGE = 3;

  /** A breadcrumb is a short line of section names. */
  static final int MAX_BREADCRUMB_CHARS = 80;

  /** A block longer than this is a paragraph, not a dateline. */
  static final int MAX_DATELINE_CHARS = 200;

  /** A paragraph this long is article text. */
  static final int MIN_TEXT_CHARS = 80;

  /**
   * Before the first article paragraph, a shorter line without a sentence's end is a label, unless
   * it is a byline.
   */
  static final int MIN_LINE_CHARS = 25;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟…»\"]$");

  /** Calls to share, print or read on are short; a longer paragraph is text. */
  static final int MAX_CALL_CHARS = 80;

  /** A copyright notice is short; a longer paragraph that mentions one is text. */
  static final int MAX_COPYRIGHT_CHARS = 250;

  /** Lines that are calls or labels whatever follows them. */
  private static final Pattern CALL =
      Pattern.compile(
          "^(?:شارك الخبر|شارك المقال|شارك عبر|شارك على|شاركوا|نسخة للطباعة|أرسل لصديق|ارسل لصديق"
              + "|اقرأ أيضا|اقرأ أيضًا|إقرأ أيضا|إقرأ أيضًا|اقرأ ايضا|اقرأ المزيد|مساحة إعلانية"
              + "|أخبار ذات صلة|اخبار ذات صلة|مواضيع ذات صلة|أخبار متعلقة|اخبار متعلقة|الأكثر قراءة"
              + "|الاكثر قراءة|الأكثر مشاهدة|الأكثر تعليقا|كلمات مفتاحية|كلمات دالة|رابط مختصر"
              + "|عدد القراءات|عدد المشاهدات|رابط الخبر|رابط المقال|الرابط المختصر|read more"
              + "|related articles|share this)"
              + "(?:\\s|[:：.،]|$)",
          Pattern.CASE_INSENSITIVE);

  /** Words that are furniture only as a whole line: «إعلان» alone, not «إعلان النتائج». */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:إعلان|اعلان|شارك|مشاركة|طباعة|اطبع|الوسوم|وسوم|share|print|advertisement|tags)"
              + "\\s*[:：]?$",
          Pattern.CASE_INSENSITIVE);

  /** The heading of the readers' comments, as a whole line: «تعليقات القراء (3)», «أضف تعليقك:». */
  private static final Pattern COMMENTS =
      Pattern.compile(
          "^(?:تعليقات القراء|التعليقات|تعليقات|آراء القراء|اراء القراء|أضف تعليقك|أضف تعليق"
              + "|اضف تعليق|اترك تعليقا|اترك تعليقًا|شاركنا رأيك|comments|leave a comment)"
              + "\\s*(?:[(]\\p{Nd}+[)])?\\s*[:：]?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "©|&copy;|جميع الحقوق محفوظة|كافة الحقوق محفوظة|حقوق النشر محفوظة|all rights reserved",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern INFO_LINE_LEAD =
      Pattern.compile("^(?:نشر|تاريخ|آخر تحديث|اخر تحديث|تحديث|بتاريخ|منذ)");

  private PageFurniture() {}

  /** The article's paragraphs and the byline lines found among the furniture. */
  record Sorted(List<String> paragraphs, List<String> bylines) {}

  static Sorted sort(List<TextBlock> blocks, String title, ZoneId zone) {
    List<String> kept = new ArrayList<>();
    List<String> bylines = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      String p = b.text();
      if (p.length() <= MAX_CALL_CHARS && COMMENTS.matcher(p).find()) {
        if (kept.isEmpty()) {
          continue;
        }
        break;
      }
      if (b.linkDensity() > MAX_LINK_DENSITY
          || isFrame(p, title, zone)
          || (p.length() <= MAX_CALL_CHARS && (CALL.matcher(p).find() || LABEL.matcher(p).find()))
          || (p.length() <= MAX_COPYRIGHT_CHARS && COPYRIGHT.matcher(p).find())) {
        continue;
      }
      kept.add(p);
    }
    // Short labels before the text («نسخة للطباعة», a kicker), once a real paragraph follows.
    int firstText = 0;
    while (firstText < kept.size() && kept.get(firstText).length() < MIN_TEXT_CHARS) {
      firstText++;
    }
    if (firstText < kept.size()) {
      List<String> rest = new ArrayList<>(kept.subList(firstText, kept.size()));
      for (int k = firstText - 1; k >= 0; k--) {
        String line = kept.get(k);
        boolean label =
            line.length() < MIN_LINE_CHARS
                && !SENTENCE_END.matcher(line).find()
                && !Bylines.isBylineLine(line);
        if (!label) {
          rest.add(0, line);
        }
      }
      kept = rest;
    }
    // Bylines standing alone at either end of the text.
    List<String> paragraphs = new ArrayList<>();
    for (int k = 0; k < kept.size(); k++) {
      boolean edge = k < BYLINE_EDGE || k >= kept.size() - BYLINE_EDGE;
      if (edge && kept.size() > 1 && Bylines.isBylineLine(kept.get(k))) {
        bylines.add(kept.get(k));
      } else {
        paragraphs.add(kept.get(k));
      }
    }
    return new Sorted(paragraphs, bylines);
  }

  /** The headline again, a breadcrumb, or the info line with byline and date. */
  static boolean isFrame(String paragraph, String title, ZoneId zone) {
    if (paragraph.equals(title)) {
      return true;
    }
    if (paragraph.length() <= MAX_BREADCRUMB_CHARS
        && !paragraph.contains("«")
        && (paragraph.contains(" » ") || paragraph.contains(" > "))) {
      return true;
    }
    if (paragraph.length() <= MAX_DATELINE_CHARS) {
      boolean infoLine =
          Bylines.isBylineLine(paragraph)
              || INFO_LINE_LEAD.matcher(paragraph).find()
              || paragraph.contains("|");
      return infoLine && NewsDates.parse(paragraph, zone).isPresent();
    }
    return false;
  }
}
