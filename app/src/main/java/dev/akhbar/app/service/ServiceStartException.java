package dev.akhbar.app.service;

/**
 * A service cannot start for a reason the operator fixes outside akhbar (a missing topic, an
 * unreachable cluster): reported as one line, exit 1, without a stack trace.
 */
public final class ServiceStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ServiceStartException(String message) {
    super(message);
  }

  public ServiceStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
