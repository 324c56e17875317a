package dev.akhbar.common.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What ingest saw: one record of {@code akhbar.raw.v1}, keyed by {@link #articleId()}. It is the
 * system of record; changing normalization or tagging rules means replaying these.
 *
 * @param schemaVersion the version of this record's shape; only {@value #SCHEMA_VERSION} exists
 * @param articleId SHA-256 hex of {@link #canonicalUrl()}
 * @param body plain text, paragraphs separated by one blank line
 * @param removed true when the source now answers 404 or 410 for a page it once served
 * @param html the raw page, only when ingest is configured to keep it
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RawArticle(
    int schemaVersion,
    String articleId,
    String sourceId,
    String url,
    String canonicalUrl,
    Instant fetchedAt,
    Instant publishedAt,
    Instant modifiedAt,
    String title,
    String body,
    List<String> authors,
    String section,
    String languageHint,
    String imageUrl,
    HttpInfo http,
    ExtractionMethod extractionMethod,
    boolean removed,
    @JsonInclude(JsonInclude.Include.NON_NULL) String html) {

  /** The only schema version of the raw record so far. */
  public static final int SCHEMA_VERSION = 1;

  public RawArticle {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** Event time: when the story was published, else when it was fetched. */
  public Instant eventTime() {
    return publishedAt != null ? publishedAt : fetchedAt;
  }
}
