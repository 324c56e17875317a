package dev.akhbar.samplesite;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the pipeline should make of an article page when the edition that lists it is crawled. The
 * JSON names are the manifest's words.
 */
public enum Outcome {
  /** A story of its own: stored in {@code articles}. */
  @JsonProperty("original")
  ORIGINAL,
  /** The same body (equal in the match form) as {@link ExpectedArticle#of()}, under another URL. */
  @JsonProperty("exact_copy_of")
  EXACT_COPY_OF,
  /**
   * The same story as {@link ExpectedArticle#of()}, rewritten a little: another headline, a
   * paragraph dropped, boilerplate added, another spelling.
   */
  @JsonProperty("near_copy_of")
  NEAR_COPY_OF,
  /** A later edition of the same URL with a real change of content: version n+1. */
  @JsonProperty("update_of")
  UPDATE_OF,
  /** Not written in Arabic: rejected with {@code not_arabic}. */
  @JsonProperty("not_arabic")
  NOT_ARABIC,
  /** An empty or broken page: rejected with {@code too_short}, never matched with another. */
  @JsonProperty("too_short")
  TOO_SHORT,
  /** Served in edition 1, answers 404 from edition 2 on: published again with {@code removed}. */
  @JsonProperty("removed_in_edition_2")
  REMOVED_IN_EDITION_2,
  /** Listed by the outlet but under a path its robots.txt disallows: never fetched. */
  @JsonProperty("disallowed_by_robots")
  DISALLOWED_BY_ROBOTS;

  /** Whether the entry names another page in {@link ExpectedArticle#of()}. */
  public boolean refersToAnotherPage() {
    return this == EXACT_COPY_OF || this == NEAR_COPY_OF || this == UPDATE_OF;
  }
}
