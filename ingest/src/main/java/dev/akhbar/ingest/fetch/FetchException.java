package dev.akhbar.ingest.fetch;

import java.util.Objects;

/** A fetch that ended without a usable response, with the {@link FailureKind} that says why. */
public final class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  private final FailureKind kind;
  private final String url;

  public FetchException(FailureKind kind, String url, String message) {
    super(kind.tag() + ": " + message + " (" + url + ")");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.url = url;
  }

  public FetchException(FailureKind kind, String url, String message, Throwable cause) {
    super(kind.tag() + ": " + message + " (" + url + ")", cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.url = url;
  }

  public FailureKind kind() {
    return kind;
  }

  /** The URL being fetched when it failed (after any redirects). */
  public String url() {
    return url;
  }
}
