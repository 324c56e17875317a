package dev.akhbar.ingest.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The final response of a fetch, after redirects and retries. Any status can arrive here; what a
 * 304, 404 or 410 means is the caller's business.
 *
 * @param url the URL that answered, after redirects
 * @param redirects the URLs that redirected, in order (empty when none did)
 * @param truncated whether the body was cut at its limit (robots.txt only)
 * @param elapsed time from the first request to the last byte, retries and waits included
 */
public record FetchResponse(
    String url,
    int status,
    HttpHeaders headers,
    byte[] body,
    List<String> redirects,
    boolean truncated,
    Duration elapsed) {

  public FetchResponse {
    redirects = List.copyOf(redirects);
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  public boolean isNotModified() {
    return status == 304;
  }

  /** 404 Not Found or 410 Gone: the page is not there (any more). */
  public boolean isGone() {
    return status == 404 || status == 410;
  }

  /** The media type of {@code Content-Type} in lower case, without parameters. */
  public Optional<String> mediaType() {
    return headers
        .first("content-type")
        .map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty());
  }

  /** The {@code charset} parameter of {@code Content-Type}, as sent. */
  public Optional<String> charsetParameter() {
    return headers.first("content-type").flatMap(FetchResponse::charsetOf);
  }

  public Optional<String> etag() {
    return headers.first("etag");
  }

  public Optional<String> lastModified() {
    return headers.first("last-modified");
  }

  static Optional<String> charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        String value = p.substring(eq + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
