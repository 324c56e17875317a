package dev.akhbar.processor.dedup;

import java.time.Instant;
import java.util.Objects;

/**
 * The order that decides which member of a cluster is its original: the earliest {@code
 * published_at}, articles without one last, then the smaller article id. Total and independent of
 * arrival, so every instance agrees on it.
 *
 * @param publishedAt null when the article does not say
 */
public record SortKey(Instant publishedAt, String articleId) implements Comparable<SortKey> {

  public SortKey {
    Objects.requireNonNull(articleId, "articleId");
  }

  @Override
  public int compareTo(SortKey other) {
    if (publishedAt != other.publishedAt) {
      if (publishedAt == null) {
        return 1;
      }
      if (other.publishedAt == null) {
        return -1;
      }
      int byTime = publishedAt.compareTo(other.publishedAt);
      if (byTime != 0) {
        return byTime;
      }
    }
    return articleId.compareTo(other.articleId);
  }

  public boolean isBefore(SortKey other) {
    return compareTo(other) < 0;
  }

  public static SortKey min(SortKey a, SortKey b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
