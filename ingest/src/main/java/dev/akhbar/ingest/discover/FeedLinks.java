package dev.akhbar.ingest.discover;

import dev.akhbar.ingest.fetch.WebAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Feed autodiscovery: the RSS, Atom and JSON feeds a home page announces with {@code <link
 * rel="alternate" type="…">}, in page order, at most {@link #MAX_FEEDS}.
 */
public final class FeedLinks {

  /** The most feeds taken from one home page. */
  public static final int MAX_FEEDS = 5;

  private FeedLinks() {}

  public static List<String> find(String html, String pageUrl) {
    Document doc = Jsoup.parse(html, pageUrl);
    URI base = WebAddress.parse(pageUrl).orElse(null);
    Set<String> feeds = new LinkedHashSet<>();
    for (Element link :
        doc.select(
            "link[rel~=(?i)(^|\\s)alternate($|\\s)][href][type~=(?i)application/(rss|atom|feed)\\+(xml|json)]")) {
      String href = link.attr("href");
      (base != null ? WebAddress.resolve(base, href) : WebAddress.parse(href))
          .ifPresent(u -> feeds.add(u.toString()));
      if (feeds.size() >= MAX_FEEDS) {
        break;
      }
    }
    return new ArrayList<>(feeds);
  }
}
