package dev.akhbar.common.record;

import java.time.Instant;
import java.util.List;

/**
 * A processed article: one record of {@code akhbar.articles.v1}, keyed by {@link #articleId()}. The
 * raw fields as ingest saw them (without the raw HTML), plus what the processor added.
 *
 * @param language ISO 639-1 code of the article's language ({@code ar}, {@code en}, {@code fr},
 *     {@code fa}, {@code ur}), or {@code und} when it cannot be told
 * @param arabicShare the share of Arabic-script letters among all letters of title and body
 * @param change why this record was published
 */
public record Article(
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
    NormalizedText normalized,
    String language,
    double arabicShare,
    Fingerprints fingerprints,
    DedupInfo dedup,
    Tags tags,
    Change change,
    Instant processedAt) {

  /** The only schema version of the processed record so far. */
  public static final int SCHEMA_VERSION = 1;

  public Article {
    authors = authors == null ? List.of() : List.copyOf(authors);
    tags = tags == null ? Tags.none() : tags;
  }

  /** Builds the processed record of {@code raw} from what the processor computed. */
  public static Article of(
      RawArticle raw,
      NormalizedText normalized,
      String language,
      double arabicShare,
      Fingerprints fingerprints,
      DedupInfo dedup,
      Tags tags,
      Change change,
      Instant processedAt) {
    return new Article(
        SCHEMA_VERSION,
        raw.articleId(),
        raw.sourceId(),
        raw.url(),
        raw.canonicalUrl(),
        raw.fetchedAt(),
        raw.publishedAt(),
        raw.modifiedAt(),
        raw.title(),
        raw.body(),
        raw.authors(),
        raw.section(),
        raw.languageHint(),
        raw.imageUrl(),
        raw.http(),
        raw.extractionMethod(),
        raw.removed(),
        normalized,
        language,
        arabicShare,
        fingerprints,
        dedup,
        tags,
        change,
        processedAt);
  }

  /** Event time: when the story was published, else when it was fetched. */
  public Instant eventTime() {
    return publishedAt != null ? publishedAt : fetchedAt;
  }

  /** This record with another dedup state and change, for example a demotion. */
  public Article withDedup(DedupInfo newDedup, Change newChange, Instant at) {
    return new Article(
        schemaVersion,
        articleId,
        sourceId,
        url,
        canonicalUrl,
        fetchedAt,
        publishedAt,
        modifiedAt,
        title,
        body,
        authors,
        section,
        languageHint,
        imageUrl,
        http,
        extractionMethod,
        removed,
        normalized,
        language,
        arabicShare,
        fingerprints,
        newDedup,
        tags,
        newChange,
        at);
  }
}
