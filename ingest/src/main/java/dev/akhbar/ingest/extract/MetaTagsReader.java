package dev.akhbar.ingest.extract;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article fields that OpenGraph, Twitter cards, Dublin Core, schema.org microdata and the
 * common {@code <meta>} names give. They carry no body: that comes from selectors or the generic
 * reader.
 */
final class MetaTagsReader {

  private static final List<String> TITLE = List.of("og:title", "twitter:title", "dc.title");

  private static final List<String> PUBLISHED =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "og:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "article.published",
          "article_date_original",
          "original-publish-date",
          "parsely-pub-date",
          "sailthru.date",
          "dc.date.issued",
          "dcterms.created",
          "dc.date",
          "date");

  private static final List<String> MODIFIED =
      List.of(
          "article:modified_time",
          "og:article:modified_time",
          "og:updated_time",
          "datemodified",
          "lastmod",
          "last-modified",
          "dcterms.modified");

  private static final List<String> AUTHOR =
      List.of("author", "article:author", "og:article:author", "dc.creator", "parsely-author");

  private static final List<String> SECTION =
      List.of("article:section", "og:article:section", "section", "parsely-section");

  private static final List<String> IMAGE =
      List.of("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "image");

  private MetaTagsReader() {}

  /** The fields, and whether any article-level meta tag (title or date) was there at all. */
  static ArticleFields read(Document doc, ZoneId zone) {
    String title = first(doc, TITLE).orElse(null);
    Instant published =
        first(doc, PUBLISHED)
            .or(() -> itemprop(doc, "datePublished"))
            .flatMap(s -> NewsDates.parse(s, zone))
            .orElse(null);
    Instant modified =
        first(doc, MODIFIED)
            .or(() -> itemprop(doc, "dateModified"))
            .flatMap(s -> NewsDates.parse(s, zone))
            .orElse(null);
    List<String> bylines = new ArrayList<>(all(doc, AUTHOR));
    for (Element e : doc.select("[itemprop=author]")) {
      Element name = e.selectFirst("[itemprop=name]");
      bylines.add(name != null ? name.text() : e.hasAttr("content") ? e.attr("content") : e.text());
    }
    // An outlet that credits itself as author has named no person.
    first(doc, List.of("og:site_name", "application-name"))
        .ifPresent(site -> bylines.removeIf(b -> b.strip().equals(site)));
    String section = first(doc, SECTION).orElse(null);
    String image = first(doc, IMAGE).flatMap(u -> Links.absolute(doc, u)).orElse(null);
    String language =
        first(doc, List.of("og:locale", "content-language", "dc.language", "language"))
            .orElse(null);
    return new ArticleFields(
        title, null, published, modified, Bylines.names(bylines), section, image, language);
  }

  /** The content of the first {@code <meta>} with one of {@code keys} as property or name. */
  static Optional<String> first(Document doc, List<String> keys) {
    Elements metas = doc.select("meta[content]");
    for (String key : keys) {
      for (Element meta : metas) {
        if (matches(meta, key) && !meta.attr("content").isBlank()) {
          return Optional.of(meta.attr("content").strip());
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> all(Document doc, List<String> keys) {
    List<String> values = new ArrayList<>();
    for (Element meta : doc.select("meta[content]")) {
      for (String key : keys) {
        if (matches(meta, key) && !meta.attr("content").isBlank()) {
          values.add(meta.attr("content").strip());
        }
      }
    }
    return values;
  }

  private static boolean matches(Element meta, String key) {
    return meta.attr("property").equalsIgnoreCase(key)
        || meta.attr("name").equalsIgnoreCase(key)
        || meta.attr("itemprop").equalsIgnoreCase(key)
        || meta.attr("http-equiv").equalsIgnoreCase(key);
  }

  private static Optional<String> itemprop(Document doc, String name) {
    Element e = doc.selectFirst("[itemprop=" + name + "]");
    if (e == null) {
      return Optional.empty();
    }
    for (String attr : List.of("datetime", "content")) {
      if (!e.attr(attr).isBlank()) {
        return Optional.of(e.attr(attr));
      }
    }
    return Optional.of(e.text()).filter(s -> !s.isBlank());
  }
}
