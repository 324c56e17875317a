package dev.akhbar.ingest.source;

/**
 * A sources file that cannot be read at all: not found, not YAML, an unknown key, a value of the
 * wrong type. The message names the file, the line and the key.
 */
public final class InvalidSourcesException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidSourcesException(String message, Throwable cause) {
    super(message, cause);
  }
}
