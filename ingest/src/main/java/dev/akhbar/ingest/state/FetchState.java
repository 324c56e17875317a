package dev.akhbar.ingest.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.akhbar.ingest.fetch.Validators;
import java.time.Instant;
import java.util.Objects;

/**
 * What ingest remembers about one fetched URL: one record of the compacted state topic, keyed by
 * {@link #url()}.
 *
 * @param url the URL fetched (the canonical form of the listed URL)
 * @param sourceId the source it belongs to; it chooses the state topic partition
 * @param kind {@code page}, {@code feed} or {@code sitemap}
 * @param etag the last {@code ETag}, for If-None-Match
 * @param lastModified the last {@code Last-Modified}, for If-Modified-Since
 * @param contentHash SHA-256 of the last published article's fields; null when none was published
 * @param articleId the last published article's id
 * @param canonicalUrl the last published article's canonical URL
 * @param title the last published title, repeated in a removal record
 * @param status the last HTTP status
 * @param firstSeenAt when the URL was first fetched
 * @param fetchedAt when it was last fetched (a 304 counts)
 * @param removed whether a removal record was published after a 404 or 410
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FetchState(
    String url,
    String sourceId,
    String kind,
    String etag,
    String lastModified,
    String contentHash,
    String articleId,
    String canonicalUrl,
    String title,
    int status,
    Instant firstSeenAt,
    Instant fetchedAt,
    boolean removed) {

  public static final String PAGE = "page";
  public static final String FEED = "feed";
  public static final String SITEMAP = "sitemap";

  public FetchState {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    firstSeenAt = firstSeenAt == null ? fetchedAt : firstSeenAt;
  }

  /** A first fetch of {@code url}. */
  public static FetchState first(String url, String sourceId, String kind, Instant now) {
    return new FetchState(
        url, sourceId, kind, null, null, null, null, null, null, 0, now, now, false);
  }

  public Validators validators() {
    return new Validators(etag, lastModified);
  }

  /** Whether an article from this URL was published and not since removed. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isServed() {
    return contentHash != null && !removed;
  }

  /** This state after a fetch at {@code now} that answered {@code status} with these validators. */
  public FetchState fetched(Instant now, int newStatus, String newEtag, String newLastModified) {
    return new FetchState(
        url,
        sourceId,
        kind,
        newEtag,
        newLastModified,
        contentHash,
        articleId,
        canonicalUrl,
        title,
        newStatus,
        firstSeenAt,
        now,
        removed);
  }

  /** This state after a 304 at {@code now}: validators and content unchanged. */
  public FetchState notModified(Instant now) {
    return new FetchState(
        url,
        sourceId,
        kind,
        etag,
        lastModified,
        contentHash,
        articleId,
        canonicalUrl,
        title,
        304,
        firstSeenAt,
        now,
        removed);
  }

  /** This state once an article with these fields was published (or found unchanged). */
  public FetchState published(String hash, String id, String canonical, String newTitle) {
    return new FetchState(
        url,
        sourceId,
        kind,
        etag,
        lastModified,
        hash,
        id,
        canonical,
        newTitle,
        status,
        firstSeenAt,
        fetchedAt,
        false);
  }

  /** This state once its removal was published. */
  public FetchState removedAt(Instant now, int goneStatus) {
    return new FetchState(
        url,
        sourceId,
        kind,
        null,
        null,
        contentHash,
        articleId,
        canonicalUrl,
        title,
        goneStatus,
        firstSeenAt,
        now,
        true);
  }

  /** This state with no content hash, so that the next fetch publishes again. */
  public FetchState forgetContent() {
    return new FetchState(
        url,
        sourceId,
        kind,
        null,
        null,
        null,
        articleId,
        canonicalUrl,
        title,
        status,
        firstSeenAt,
        fetchedAt,
        removed);
  }
}
