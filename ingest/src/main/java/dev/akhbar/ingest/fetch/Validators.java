package dev.akhbar.ingest.fetch;

import java.util.Optional;

/**
 * What the last successful fetch of a URL said about its version, sent back as {@code
 * If-None-Match} and {@code If-Modified-Since} so that an unchanged page costs a 304 and no body.
 */
public record Validators(String etag, String lastModified) {

  private static final Validators NONE = new Validators(null, null);

  public static Validators none() {
    return NONE;
  }

  public Optional<String> findEtag() {
    return Optional.ofNullable(etag).filter(s -> !s.isBlank());
  }

  public Optional<String> findLastModified() {
    return Optional.ofNullable(lastModified).filter(s -> !s.isBlank());
  }
}
