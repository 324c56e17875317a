package dev.akhbar.ingest.extract;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The generic reader, for pages nothing else explains, in the spirit of Readability and
 * trafilatura:
 *
 * <ol>
 *   <li>boilerplate named by tag, role, class or id is removed ({@link Boilerplate});
 *   <li>the element holding most of the page's real text wins: a paragraph counts when it has at
 *       least {@link #MIN_PARAGRAPH_CHARS} characters and at most {@link
 *       PageFurniture#MAX_LINK_DENSITY} of them in links; it scores its length for its parent and
 *       half for its grandparent; a {@code div} or cell that holds text split by {@code <br>}
 *       scores for itself; a candidate's score is scaled down by its own link density; siblings
 *       that continue it (a text split by an ad) join it;
 *   <li>the paragraphs of that element that are page furniture are dropped ({@link PageFurniture}):
 *       link lists, the headline and info line again, share and print calls, copyright lines,
 *       readers' comments.
 * </ol>
 *
 * The headline is the page heading whose text is part of the {@code <title>}, else the first {@code
 * <h1>} that is not the site's name, else the {@code <title>} without the site's name ({@link
 * Headline}). The date is looked for first in the lines just after the headline, so that a header's
 * "today" does not win.
 */
final class MainContentReader {

  /** Shorter blocks are captions, buttons and teasers, not article paragraphs. */
  static final int MIN_PARAGRAPH_CHARS = 25;

  /** A heading longer than this is not a headline. */
  static final int MAX_HEADLINE_CHARS = 300;

  /** Headings compared with the {@code <title>}, at most. */
  static final int MAX_HEADINGS = 40;

  /** Lines after the headline searched for its date. */
  static final int DATE_LINES_AFTER_HEADLINE = 8;

  /**
   * Elements named as dates, and lines, searched for a printed date when the headline's
   * neighbourhood has none, at most (each).
   */
  static final int DATE_SEARCH_BLOCKS = 300;

  private static final String DATE_BLOCKS =
      "time, [class*=date], [class*=time], [class*=publish], [id*=date], [class*=meta],"
          + " [class*=info]";

  private MainContentReader() {}

  static ArticleFields read(Document doc, ZoneId zone, SiteNames site) {
    Element body = doc.body();
    String title = title(doc, site);
    if (body == null) {
      return new ArticleFields(title, null, null, null, List.of(), null, null, null);
    }
    Element copy = body.clone();
    Boilerplate.removeAll(copy);
    List<TextBlock> blocks = new ArrayList<>();
    for (Element part : mainElements(copy)) {
      blocks.addAll(PlainText.blocks(part));
    }
    PageFurniture.Sorted sorted = PageFurniture.sort(blocks, title, zone);
    List<String> bylines = new ArrayList<>();
    for (Element e : doc.select("[rel=author], .author, .byline, .writer, [class*=author-name]")) {
      bylines.add(e.text());
      if (bylines.size() >= Bylines.MAX_AUTHORS) {
        break;
      }
    }
    if (bylines.isEmpty()) {
      bylines.addAll(sorted.bylines());
    }
    if (bylines.isEmpty()) {
      // A byline written into the page's info line: «كتب: فهد العتيبي | نشر في: …».
      for (Element e : body.select("div, p, span, td, li, font, b, strong")) {
        String text = e.ownText().strip();
        if (text.length() <= PageFurniture.MAX_DATELINE_CHARS && Bylines.isBylineLead(text)) {
          bylines.add(text.isEmpty() ? e.text() : text);
          break;
        }
      }
    }
    Element html = doc.selectFirst("html[lang]");
    return new ArticleFields(
        title,
        String.join("\n\n", sorted.paragraphs()),
        date(doc, copy, title, zone),
        null,
        Bylines.names(bylines),
        null,
        null,
        html == null ? null : html.attr("lang"));
  }

  /** The page's headline, or null. */
  static String title(Document doc, SiteNames site) {
    String pageTitle = PlainText.collapse(doc.title());
    String titleKey = DateText.fold(pageTitle);
    int seen = 0;
    for (Element e :
        doc.select(
            "h1, h2, h3, [itemprop=headline], [class*=title], [class*=headline], [id*=title]")) {
      if (++seen > MAX_HEADINGS || titleKey.isEmpty()) {
        break;
      }
      String text = PlainText.collapse(e.text());
      if (text.length() <= MAX_HEADLINE_CHARS
          && text.split(" ").length >= 2
          && !site.matches(text)
          && titleKey.contains(DateText.fold(text))) {
        return text;
      }
    }
    for (Element h1 : doc.select("h1")) {
      String text = PlainText.collapse(h1.text());
      if (!text.isEmpty() && !site.matches(text)) {
        return text;
      }
    }
    return pageTitle.isEmpty() ? null : Headline.fromPageTitle(pageTitle, site);
  }

  /**
   * The element that holds the article, with the siblings that continue it (a text split by an ad
   * or a promotion): before it, a sibling that scored at least {@link #SIBLING_SHARE} of the
   * winner, after it at least {@link #AFTER_SIBLING_SHARE}. A summary paragraph set above the text
   * (a standfirst) scores for its parent, not itself, and stays out. In page order.
   */
  private static List<Element> mainElements(Element root) {
    List<Element> declared = root.select("[itemprop=articleBody]");
    if (declared.size() == 1) {
      return declared;
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    List<Element> order = new ArrayList<>();
    for (Element block : root.select("p, pre, blockquote, li, div, td")) {
      boolean container = block.normalName().equals("div") || block.normalName().equals("td");
      if (container && hasBlockChild(block)) {
        continue; // a div or cell counts only when it holds text directly (sites that skip <p>)
      }
      String text = block.text();
      if (text.length() < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      if (linkDensity(block, text) > PageFurniture.MAX_LINK_DENSITY) {
        continue;
      }
      double score = text.length();
      if (container && block.selectFirst("br") != null) {
        // Text written straight into a div or cell, paragraphs split by <br>: the block itself
        // is the article, not its parent.
        add(scores, order, block, score);
        continue;
      }
      Element parent = block.parent();
      if (parent != null) {
        add(scores, order, parent, score);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          add(scores, order, grandparent, score / 2);
        }
      }
    }
    Element best = root;
    double bestScore = 0;
    for (Element e : order) {
      double score = scores.get(e) * (1 - linkDensity(e, e.text()));
      scores.put(e, score);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    Element parent = best.parent();
    if (best == root || parent == null) {
      return List.of(best);
    }
    List<Element> parts = new ArrayList<>();
    boolean before = true;
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        parts.add(best);
        before = false;
        continue;
      }
      double score = scores.getOrDefault(sibling, 0.0);
      boolean continues = score >= bestScore * (before ? SIBLING_SHARE : AFTER_SIBLING_SHARE);
      if (continues) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  /** Siblings before the article's element that scored this share of it are part of it. */
  static final double SIBLING_SHARE = 0.2;

  /** Siblings after the article's element that scored this share of it are part of it. */
  static final double AFTER_SIBLING_SHARE = 0.5;

  private static void add(Map<Element, Double> scores, List<Element> order, Element e, double s) {
    if (scores.merge(e, s, Double::sum) == s) {
      order.add(e);
    }
  }

  private static double linkDensity(Element e, String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int linkChars = 0;
    for (Element a : e.select("a")) {
      linkChars += a.text().length();
    }
    return Math.min(1, (double) linkChars / text.length());
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (!child.normalName().equals("br") && PlainText.BLOCKS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static Instant date(Document doc, Element cleaned, String title, ZoneId zone) {
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      Optional<Instant> t = NewsDates.parse(time.attr("datetime"), zone);
      if (t.isPresent()) {
        return t.get();
      }
    }
    // The lines just after the headline (then the one before it): where pages print the date,
    // a Gregorian one first, so that a Hijri date on the line above it does not win.
    List<String> lines = PlainText.paragraphs(cleaned);
    int headline = title == null ? -1 : lines.indexOf(title);
    if (headline >= 0) {
      List<String> near = new ArrayList<>();
      near.addAll(
          lines.subList(
              headline + 1, Math.min(lines.size(), headline + 1 + DATE_LINES_AFTER_HEADLINE)));
      if (headline > 0) {
        near.add(lines.get(headline - 1));
      }
      for (boolean hijri : new boolean[] {false, true}) {
        for (String line : near) {
          Optional<Instant> t = dateIn(line, zone, hijri);
          if (t.isPresent()) {
            return t.get();
          }
        }
      }
    }
    // Then elements named as dates or info lines, and last any short line in page order (old
    // templates print the date in a plain cell): first without the page's header and navigation.
    Element page = doc.body() == null ? cleaned : doc.body();
    int tried = 0;
    for (Element root : List.of(cleaned, page)) {
      for (Element e : root.select(DATE_BLOCKS)) {
        if (++tried > DATE_SEARCH_BLOCKS) {
          break;
        }
        if (hasShortText(e)) {
          Optional<Instant> t = dateIn(e.text(), zone, true);
          if (t.isPresent()) {
            return t.get();
          }
        }
      }
    }
    return firstDate(lines, zone)
        .or(() -> firstDate(PlainText.paragraphs(page), zone))
        .orElse(null);
  }

  private static Optional<Instant> firstDate(List<String> lines, ZoneId zone) {
    for (String line : lines.subList(0, Math.min(lines.size(), DATE_SEARCH_BLOCKS))) {
      Optional<Instant> t = dateIn(line, zone, true);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> dateIn(String text, ZoneId zone, boolean hijri) {
    if (text.isEmpty() || text.length() > PageFurniture.MAX_DATELINE_CHARS) {
      return Optional.empty();
    }
    return hijri ? NewsDates.parse(text, zone) : NewsDates.parseGregorian(text, zone);
  }

  /**
   * Whether {@code e} holds some text and no more than a dateline's worth, found without reading
   * all of a large subtree.
   */
  private static boolean hasShortText(Element e) {
    int[] chars = {0};
    boolean[] any = {false};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              chars[0] += t.text().length();
              any[0] |= !t.isBlank();
              if (chars[0] > PageFurniture.MAX_DATELINE_CHARS) {
                return FilterResult.STOP;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        e);
    return any[0] && chars[0] <= PageFurniture.MAX_DATELINE_CHARS;
  }
}
