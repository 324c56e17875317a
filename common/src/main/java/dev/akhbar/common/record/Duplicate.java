package dev.akhbar.common.record;

import java.time.Instant;

/**
 * A copy of another article: one record of {@code akhbar.duplicates.v1}, keyed by the copy's own
 * {@link #articleId()}. The copy's own URL, source, title and date are kept so that nothing about
 * it is lost.
 *
 * @param duplicateOf the article id of the cluster's original
 * @param similarity estimated Jaccard similarity of the two bodies' word shingles, 1.0 for exact
 * @param matchedBy why the pair was considered: {@code content-hash} or {@code band:N}
 * @param revision the dedup revision of this decision; the newest revision wins in the store
 */
public record Duplicate(
    String articleId,
    String duplicateOf,
    DuplicateMethod method,
    double similarity,
    String matchedBy,
    String url,
    String sourceId,
    String title,
    Instant publishedAt,
    int revision,
    Instant processedAt) {}
