package dev.akhbar.samplesite;

import java.util.Objects;

/** One feed of an outlet: its URL path and its format ({@code rss} or {@code atom}). */
public record FeedSpec(String path, String format) {

  public FeedSpec {
    Objects.requireNonNull(path, "path");
    if (!"rss".equals(format) && !"atom".equals(format)) {
      throw new IllegalArgumentException("format must be rss or atom: " + format);
    }
  }
}
