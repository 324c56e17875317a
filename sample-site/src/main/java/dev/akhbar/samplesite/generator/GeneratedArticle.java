package dev.akhbar.samplesite.generator;

import java.time.Instant;

/**
 * One generated raw article.
 *
 * @param kind what the generator made it as, for tests that check the pipeline's verdicts
 * @param basedOn the sequence number of the article it copies or refetches, or -1
 */
public record GeneratedArticle(
    long sequence,
    Kind kind,
    long basedOn,
    String sourceId,
    String url,
    String title,
    String body,
    String section,
    Instant publishedAt,
    Instant fetchedAt) {

  /** What a generated article is meant to be. */
  public enum Kind {
    ORIGINAL,
    EXACT_COPY,
    NEAR_COPY,
    REFETCH_UNCHANGED,
    REFETCH_CHANGED
  }
}
