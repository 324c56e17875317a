package dev.akhbar.ingest.extract;

import java.time.Instant;
import java.util.List;

/**
 * What one layer of the extractor (JSON-LD, OpenGraph and meta tags, the source's selectors, the
 * generic reader) found on a page; any field may be null (authors empty).
 */
record ArticleFields(
    String title,
    String body,
    Instant publishedAt,
    Instant modifiedAt,
    List<String> authors,
    String section,
    String imageUrl,
    String language) {

  ArticleFields {
    title = blankToNull(title);
    body = blankToNull(body);
    authors = authors == null ? List.of() : List.copyOf(authors);
    section = blankToNull(section);
    imageUrl = blankToNull(imageUrl);
    language = blankToNull(language);
  }

  static ArticleFields empty() {
    return new ArticleFields(null, null, null, null, List.of(), null, null, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
