package dev.akhbar.samplesite;

import java.util.Objects;

/**
 * A page of the sample site: the outlet that serves it and its URL path (decoded, so it may hold
 * Arabic letters). Written {@code outlet:/path} in messages.
 */
public record PageRef(String outlet, String path) {

  public PageRef {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
  }

  @Override
  public String toString() {
    return outlet + ":" + path;
  }
}
