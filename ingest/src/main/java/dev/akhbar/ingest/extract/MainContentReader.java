package dev.akhbar.ingest.extract;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-|–—:»]\\s+|\\s*[|]\\s*");

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
    List<String> paragraphs = new ArrayList<>(PlainText.paragraphs(main));
    if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equals(title)) {
      paragraphs.remove(0);
    }
    String date = dateText(doc);
    List<String> bylines = new ArrayList<>();
    for (Element e : doc.select("[rel=author], .author, .byline, .writer, [class*=author-name]")) {
      bylines.add(e.text());
      if (bylines.size() >= Bylines.MAX_AUTHORS) {
        break;
      }
    }
    return new ArticleFields(
        title,
        String.join("\n\n", paragraphs),
        date == null ? null : NewsDates.parse(date, zone).orElse(null),
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
      if (block.normalName().equals("div") && hasBlockChild(block)) {
        continue; // a div counts only when it holds text directly (sites that skip <p>)
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

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (PlainText.BLOCKS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static String dateText(Document doc) {
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      return time.attr("datetime");
    }
    Element dated =
        doc.selectFirst(
            "time, [class*=date], [class*=time], [class*=publish], [id*=date], [class*=تاريخ]");
    return dated == null ? null : dated.text();
  }
}
