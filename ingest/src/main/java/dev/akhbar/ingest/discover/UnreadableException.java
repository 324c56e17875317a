package dev.akhbar.ingest.discover;

/** A feed, sitemap or page that was fetched but cannot be read as what it should be. */
public final class UnreadableException extends Exception {

  private static final long serialVersionUID = 1L;

  public UnreadableException(String message, Throwable cause) {
    super(message, cause);
  }
}
