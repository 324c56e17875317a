package dev.akhbar.sink.internal;

/**
 * A batch cannot be finished now for a reason that is not in its records (the database is down, its
 * connection was closed, the disk is full, the broker does not take the dead letters): the sink
 * keeps the batch, pauses consumption and retries.
 */
final class RetryableFailure extends Exception {

  private static final long serialVersionUID = 1L;

  RetryableFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
