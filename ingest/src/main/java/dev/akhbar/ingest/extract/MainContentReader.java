package dev.akhbar.ingest.extract;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The generic reader, for pages nothing else explains: boilerplate ({@link Boilerplate}) removed,
 * then the element holding most of the page's real paragraphs wins. A paragraph counts when it has
 * at least {@link #MIN_PARAGRAPH_CHARS} characters and less than {@link #MAX_LINK_DENSITY} of them
 * in links; it scores its length for its parent and half for its grandparent, as Readability does.
 * The headline is the first {@code <h1>}, else the {@code <title>} without the site's name.
 */
final class MainContentReader {

  /** Shorter blocks are captions, buttons and teasers, not article paragraphs. */
  static final int MIN_PARAGRAPH_CHARS = 25;

  /** A block with more of its text in links than this is a link list. */
  static final double MAX_LINK_DENSITY = 0.5;

  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+(?:::|[-|–—:»])\\s+|\\s*[|]\\s*");

  /** A block whose own text (not its children's) is this long holds the article itself. */
  static final int MIN_HOLDER_CHARS = 200;

  private static final Pattern BYLINE_LEAD =
      Pattern.compile("^(?:بقلم|كتب|كتبت|كتبه|by)\\s*[:：]", Pattern.CASE_INSENSITIVE);

  private MainContentReader() {}

  static ArticleFields read(Document doc, ZoneId zone) {
    Element body = doc.body();
    String title = title(doc);
    if (body == null) {
      return new ArticleFields(title, null, null, null, List.of(), null, null, null);
    }
    Element copy = body.clone();
    Boilerplate.removeAll(copy);
    Element main = mainElement(copy);
    List<String> paragraphs = new ArrayList<>();
    for (String p : PlainText.paragraphs(main)) {
      if (!isPageFurniture(p, title, zone)) {
        paragraphs.add(p);
      }
    }
    List<String> bylines = new ArrayList<>();
    for (Element e : doc.select("[rel=author], .author, .byline, .writer, [class*=author-name]")) {
      bylines.add(e.text());
      if (bylines.size() >= Bylines.MAX_AUTHORS) {
        break;
      }
    }
    if (bylines.isEmpty() && doc.body() != null) {
      // A byline written into the page's info line: «كتب: فهد العتيبي | نشر في: …».
      for (Element e : doc.body().select("div, p, span, td, li")) {
        String text = e.ownText().strip();
        if (text.length() <= MAX_DATELINE_CHARS && BYLINE_LEAD.matcher(text).find()) {
          bylines.add(text);
          break;
        }
      }
    }
    return new ArticleFields(
        title,
        String.join("\n\n", paragraphs),
        date(doc, zone),
        null,
        Bylines.names(bylines),
        null,
        null,
        doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang"));
  }

  private static String title(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text();
    }
    String title = doc.title();
    if (title.isBlank()) {
      return null;
    }
    String longest = title;
    String[] parts = TITLE_SEPARATOR.split(title);
    if (parts.length > 1) {
      longest = parts[0];
      for (String p : parts) {
        if (p.strip().length() > longest.strip().length()) {
          longest = p;
        }
      }
    }
    return longest.strip();
  }

  private static Element mainElement(Element root) {
    List<Element> declared = root.select("[itemprop=articleBody]");
    if (declared.size() == 1) {
      return declared.get(0);
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element block : root.select("p, pre, blockquote, li, div, td")) {
      boolean container = block.normalName().equals("div") || block.normalName().equals("td");
      if (container && hasBlockChild(block)) {
        continue; // a div or cell counts only when it holds text directly (sites that skip <p>)
      }
      String text = block.text();
      if (text.length() < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      int linkChars = 0;
      for (Element a : block.select("a")) {
        linkChars += a.text().length();
      }
      if ((double) linkChars / text.length() > MAX_LINK_DENSITY) {
        continue;
      }
      double score = text.length();
      if (container && block.ownText().length() >= MIN_HOLDER_CHARS) {
        // Text written straight into a div or cell, paragraphs split by <br>: the block itself
        // is the article, not its parent.
        scores.merge(block, score, Double::sum);
        continue;
      }
      Element parent = block.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, score / 2, Double::sum);
        }
      }
    }
    Element best = root;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }

  /**
   * Lines of the article's frame that land in the main element of old templates: the headline
   * again, a breadcrumb ("الرئيسية » اقتصاد", told from Arabic quotation marks by the spaces and
   * the missing «), the info line with byline and date.
   */
  static boolean isPageFurniture(String paragraph, String title, ZoneId zone) {
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
          BYLINE_LEAD.matcher(paragraph).find()
              || paragraph.startsWith("نشر")
              || paragraph.startsWith("تاريخ")
              || paragraph.startsWith("آخر تحديث")
              || paragraph.contains("|");
      return infoLine && NewsDates.parse(paragraph, zone).isPresent();
    }
    return false;
  }

  /** A breadcrumb is a short line of section names. */
  static final int MAX_BREADCRUMB_CHARS = 80;

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (!child.normalName().equals("br") && PlainText.BLOCKS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** Blocks after the headline searched for a printed date, at most. */
  static final int DATE_SEARCH_BLOCKS = 30;

  /** A block longer than this is a paragraph, not a dateline. */
  static final int MAX_DATELINE_CHARS = 200;

  private static Instant date(Document doc, ZoneId zone) {
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      Optional<Instant> t = NewsDates.parse(time.attr("datetime"), zone);
      if (t.isPresent()) {
        return t.get();
      }
    }
    List<Element> candidates =
        new ArrayList<>(
            doc.select(
                "time, [class*=date], [class*=time], [class*=publish], [id*=date], [class*=meta],"
                    + " [class*=info]"));
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) {
      for (Element e :
          h1.parent() == null
              ? List.<Element>of()
              : h1.parent().select("p, span, div, small, li")) {
        candidates.add(e);
        if (candidates.size() > DATE_SEARCH_BLOCKS * 2) {
          break;
        }
      }
    }
    if (doc.body() != null) {
      // Last, any short block in page order: old templates print the date in a plain cell.
      candidates.addAll(doc.body().select("p, div, span, td, font, small, li, b"));
    }
    int tried = 0;
    for (Element e : candidates) {
      String text = e.text();
      if (text.isEmpty() || text.length() > MAX_DATELINE_CHARS) {
        continue;
      }
      Optional<Instant> t = NewsDates.parse(text, zone);
      if (t.isPresent()) {
        return t.get();
      }
      if (++tried >= DATE_SEARCH_BLOCKS * 10) {
        break;
      }
    }
    return null;
  }
}
