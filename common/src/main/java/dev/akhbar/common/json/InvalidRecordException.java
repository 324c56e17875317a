package dev.akhbar.common.json;

/**
 * A record that cannot be accepted, with a message that says which rule it broke. Thrown for bad
 * input, so callers route the record to the dead-letter topic instead of failing.
 */
public final class InvalidRecordException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidRecordException(String message) {
    super(message);
  }

  public InvalidRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
