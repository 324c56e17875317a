package dev.akhbar.app;

/**
 * A mistake in how a command was called (a missing file, an unknown store): reported as one line on
 * stderr with exit code 2.
 */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }

  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
