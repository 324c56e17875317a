package dev.akhbar.ingest.extract;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/** The fields a source's {@link SelectorRules} pick out of a page. */
final class SelectorReader {

  private SelectorReader() {}

  static ArticleFields read(Document doc, SelectorRules rules, ZoneId zone) {
    if (rules.isEmpty()) {
      return ArticleFields.empty();
    }
    String title = select(doc, rules.title()).stream().findFirst().map(Element::text).orElse(null);
    List<String> paragraphs = new ArrayList<>();
    for (Element e : select(doc, rules.body())) {
      Element copy = e.clone();
      Boilerplate.removeNonContent(copy);
      for (String r : rules.remove()) {
        select(copy, r).remove();
      }
      paragraphs.addAll(PlainText.paragraphs(copy));
    }
    String date = null;
    for (Element e : select(doc, rules.date())) {
      date =
          !e.attr("datetime").isBlank()
              ? e.attr("datetime")
              : !e.attr("content").isBlank() ? e.attr("content") : e.text();
      break;
    }
    List<String> bylines = new ArrayList<>();
    for (Element e : select(doc, rules.author())) {
      bylines.add(e.hasAttr("content") ? e.attr("content") : e.text());
    }
    return new ArticleFields(
        title,
        String.join("\n\n", paragraphs),
        date == null ? null : NewsDates.parse(date, zone).orElse(null),
        null,
        Bylines.names(bylines),
        null,
        null,
        null);
  }

  /** The matches of {@code css}, none when it is null or does not parse. */
  private static Elements select(Element root, String css) {
    if (css == null || css.isBlank()) {
      return new Elements();
    }
    try {
      return root.select(css);
    } catch (Selector.SelectorParseException e) {
      return new Elements();
    }
  }
}
