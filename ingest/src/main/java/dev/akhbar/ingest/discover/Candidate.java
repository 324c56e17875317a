package dev.akhbar.ingest.discover;

import java.time.Instant;
import java.util.Objects;

/**
 * An article URL found by discovery.
 *
 * @param url the URL as listed (absolute http or https)
 * @param updated when the listing says the article last changed (feed {@code updated} or {@code
 *     pubDate}, sitemap {@code lastmod} or news publication date), or null
 */
public record Candidate(String url, Instant updated) {

  public Candidate {
    Objects.requireNonNull(url, "url");
  }
}
