package dev.akhbar.sink;

/** The store could not be reached, migrated or queried; the cause says why. */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
