package dev.akhbar.sink;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A search of the stored articles: every word of {@link #text} must match, in any spelling that the
 * match form unifies (أحمد finds احمد). Removed articles are not found.
 *
 * @param text the words to find; blank finds every article that passes the filters
 * @param entity only articles that mention this entity (its canonical name, in any spelling)
 * @param topic only articles with this topic code
 * @param source only articles of this source id
 * @param since only articles published (or, without a date, fetched) on or after this day, UTC
 * @param limit at most this many results, from 1 to {@value #MAX_LIMIT}
 */
public record SearchQuery(
    String text,
    Optional<String> entity,
    Optional<String> topic,
    Optional<String> source,
    Optional<LocalDate> since,
    int limit) {

  /** Results when no limit is given. */
  public static final int DEFAULT_LIMIT = 20;

  /** The largest limit: each result carries its article's body to build the snippet. */
  public static final int MAX_LIMIT = 1_000;

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(since, "since");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
    }
  }

  /** A search for {@code text} with no filters and the default limit. */
  public static SearchQuery of(String text) {
    return new SearchQuery(
        text,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DEFAULT_LIMIT);
  }

  public SearchQuery withEntity(String name) {
    return new SearchQuery(text, Optional.of(name), topic, source, since, limit);
  }

  public SearchQuery withTopic(String code) {
    return new SearchQuery(text, entity, Optional.of(code), source, since, limit);
  }

  public SearchQuery withSource(String sourceId) {
    return new SearchQuery(text, entity, topic, Optional.of(sourceId), since, limit);
  }

  public SearchQuery withSince(LocalDate day) {
    return new SearchQuery(text, entity, topic, source, Optional.of(day), limit);
  }

  public SearchQuery withLimit(int newLimit) {
    return new SearchQuery(text, entity, topic, source, since, newLimit);
  }
}
