package dev.akhbar.ingest.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What is never article text: scripts and styles, forms, navigation, headers and footers, asides,
 * and elements whose class or id names a share bar, related links, comments, ads, newsletters and
 * the like (matched as whole words within the name, so {@code share-bar} and {@code ad_slot} go,
 * {@code shadow} and {@code loaded} stay).
 */
final class Boilerplate {

  private static final String NON_CONTENT_TAGS =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input,"
          + " select, textarea, link, meta";

  private static final String CHROME =
      "nav, footer, aside, header:not(article header), [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

  private static final Pattern NOISE_NAME =
      Pattern.compile(
          "(?:^|[-_\\s])(share|sharing|social|sns|related|recommend(?:ed|ations)?|comment|comments"
              + "|disqus|ad|ads|adv|advert|advertisement|sponsor(?:ed)?|banner|promo|newsletter"
              + "|subscribe|subscription|sidebar|breadcrumbs?|menu|navbar|nav|footer|tags|tag-list"
              + "|keywords|popular|most-read|mostread|trending|read-more|readmore|also|more-news"
              + "|widget|cookie|modal|popup|outbrain|taboola|author-box|bio)(?:$|[-_\\s])",
          Pattern.CASE_INSENSITIVE);

  /** Elements never removed for their class or id: the page's own frame. */
  private static final Set<String> KEPT = Set.of("html", "body", "main", "article");

  private Boilerplate() {}

  /** Removes scripts, styles and form controls from {@code root}. */
  static void removeNonContent(Element root) {
    root.select(NON_CONTENT_TAGS).remove();
  }

  /** Removes everything {@link Boilerplate} names from {@code root}. */
  static void removeAll(Element root) {
    removeNonContent(root);
    root.select(CHROME).remove();
    Elements named = root.select("[class], [id]");
    for (Element e : named) {
      if (KEPT.contains(e.normalName()) || e.parent() == null) {
        continue;
      }
      if (isNoise(e.className()) || isNoise(e.id())) {
        e.remove();
      }
    }
  }

  static boolean isNoise(String name) {
    return !name.isEmpty() && NOISE_NAME.matcher(name).find();
  }
}
