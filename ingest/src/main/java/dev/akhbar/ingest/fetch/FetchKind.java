package dev.akhbar.ingest.fetch;

import java.util.Locale;

/** What a fetch is for: it chooses the Accept header and tags the metrics. */
public enum FetchKind {
  ROBOTS("text/plain, */*;q=0.5"),
  FEED(
      "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9,"
          + " text/xml;q=0.9, */*;q=0.5"),
  SITEMAP("application/xml, text/xml;q=0.9, */*;q=0.5"),
  PAGE("text/html, application/xhtml+xml;q=0.9, */*;q=0.5");

  private final String accept;

  FetchKind(String accept) {
    this.accept = accept;
  }

  String accept() {
    return accept;
  }

  /** The stable lower-case name used in metrics. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
