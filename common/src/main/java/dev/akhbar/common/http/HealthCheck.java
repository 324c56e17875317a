package dev.akhbar.common.http;

/**
 * One condition of readiness, for example "Streams is RUNNING" or "migrations applied". Called on
 * every request to {@code /health/ready}: keep it cheap and never blocking.
 */
@FunctionalInterface
public interface HealthCheck {

  /** The state now: ready, or not ready with the reason. */
  Status check();

  /** The answer of a check. */
  record Status(boolean ready, String detail) {
    public static Status up(String detail) {
      return new Status(true, detail);
    }

    public static Status down(String detail) {
      return new Status(false, detail);
    }
  }
}
