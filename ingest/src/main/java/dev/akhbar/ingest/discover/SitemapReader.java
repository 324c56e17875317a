package dev.akhbar.ingest.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads sitemaps and sitemap indexes (XML, also gzipped, plain-text lists and RSS used as sitemaps)
 * through crawler-commons, with the Google News extension: a news URL's publication date is its
 * change hint when it has no {@code lastmod}. Lenient (non-strict, partial documents kept), DOCTYPE
 * declarations refused, at most crawler-commons' own {@code MAX_URLS} (50,000) URLs.
 */
public final class SitemapReader {

  private SitemapReader() {}

  /** A parsed sitemap: either child sitemaps (an index) or article URLs. */
  public record Content(List<Candidate> sitemaps, List<Candidate> urls) {
    public Content {
      sitemaps = List.copyOf(sitemaps);
      urls = List.copyOf(urls);
    }
  }

  public static Content read(byte[] body, String contentType, String sitemapUrl)
      throws UnreadableException {
    SiteMapParser parser = new SiteMapParser(false, true);
    parser.setAllowDocTypeDefinitions(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      URL url = URI.create(sitemapUrl).toURL();
      map = parser.parseSiteMap(contentType.isEmpty() ? null : contentType, body, url);
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      throw new UnreadableException("not a readable sitemap: " + e.getMessage(), e);
    }
    if (map.isIndex()) {
      List<Candidate> children = new ArrayList<>();
      for (AbstractSiteMap child : ((SiteMapIndex) map).getSitemaps()) {
        children.add(
            new Candidate(
                child.getUrl().toString(),
                child.getLastModified() == null ? null : child.getLastModified().toInstant()));
      }
      // Newest first: when only some children are fetched, they are the ones with news.
      children.sort(
          Comparator.comparing(
              Candidate::updated, Comparator.nullsLast(Comparator.reverseOrder())));
      return new Content(children, List.of());
    }
    List<Candidate> urls = new ArrayList<>();
    for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
      // isValid() is false for URLs outside the sitemap's folder (the strict protocol rule);
      // sites commonly keep sitemaps in a folder of their own, so it is not a reason to skip.
      Instant updated = u.getLastModified() == null ? null : u.getLastModified().toInstant();
      if (updated == null) {
        updated = newsDate(u);
      }
      urls.add(new Candidate(toString(u.getUrl()), updated));
    }
    return new Content(List.of(), urls);
  }

  private static Instant newsDate(SiteMapURL u) {
    ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
    if (news == null) {
      return null;
    }
    for (ExtensionMetadata m : news) {
      if (m instanceof NewsAttributes a && a.getPublicationDateTime() != null) {
        return a.getPublicationDateTime().toInstant();
      }
    }
    return null;
  }

  private static String toString(URL url) {
    try {
      return url.toURI().toString();
    } catch (java.net.URISyntaxException e) {
      return url.toExternalForm();
    }
  }
}
