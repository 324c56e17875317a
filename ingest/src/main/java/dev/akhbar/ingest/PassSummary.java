package dev.akhbar.ingest;

import dev.akhbar.common.json.AkhbarJson;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one pass over the sources did. Printed by {@code akhbar ingest --once} as one JSON line
 * (snake_case keys).
 *
 * @param sources sources polled
 * @param feedsFetched feed responses read (a 304 counts)
 * @param sitemapsFetched sitemap responses read (a 304 counts)
 * @param pagesByStatus final HTTP status of every article page fetched, as text ("200", "304")
 * @param articlesNew articles published for the first time
 * @param articlesChanged articles published again because their content changed
 * @param articlesRemoved removal records published after a 404 or 410
 * @param articlesUnchanged articles fetched again (200 or 304) and not published
 * @param pagesSkipped listed articles not fetched because they were fetched recently
 * @param failuresByKind failures by kind: fetch failures ({@code timeout}, {@code too_large}, …),
 *     unexpected statuses ({@code status_500}), unreadable listings ({@code unreadable_feed}),
 *     extraction problems ({@code no_body}, {@code json_ld_invalid}) and {@code publish_failed}
 * @param durationMillis wall time of the pass
 */
public record PassSummary(
    int sources,
    long feedsFetched,
    long sitemapsFetched,
    Map<String, Long> pagesByStatus,
    long articlesNew,
    long articlesChanged,
    long articlesRemoved,
    long articlesUnchanged,
    long pagesSkipped,
    Map<String, Long> failuresByKind,
    long durationMillis) {

  public PassSummary {
    pagesByStatus = java.util.Collections.unmodifiableMap(new TreeMap<>(pagesByStatus));
    failuresByKind = java.util.Collections.unmodifiableMap(new TreeMap<>(failuresByKind));
  }

  /** Raw records published: new, changed and removed. */
  public long articlesPublished() {
    return articlesNew + articlesChanged + articlesRemoved;
  }

  /** Article pages fetched, whatever their status. */
  public long pagesFetched() {
    return pagesByStatus.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Failures of every kind. */
  public long failures() {
    return failuresByKind.values().stream().mapToLong(Long::longValue).sum();
  }

  /** This summary as one line of JSON. */
  public String toJson() {
    try {
      return AkhbarJson.mapper().writeValueAsString(this);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException("cannot write a pass summary as JSON", e);
    }
  }
}
