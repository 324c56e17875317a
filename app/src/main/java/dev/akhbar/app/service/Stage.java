package dev.akhbar.app.service;

import dev.akhbar.common.http.HealthCheck;
import java.util.Optional;

/**
 * One running stage of a service (ingest, processor or sink), as the {@link ServiceHost} sees it:
 * whether it is ready, whether it has failed, and how it stops.
 */
public interface Stage extends AutoCloseable {

  /** {@code ingest}, {@code processor} or {@code sink}: the name of its readiness check. */
  String name();

  /** Whether it does its work now; called on every {@code /health/ready}, so cheap. */
  HealthCheck.Status readiness();

  /** Why it stopped on its own, if it did: the service then exits non-zero. */
  Optional<String> failure();

  /** Stops within the shutdown time-out given at start; never throws. */
  @Override
  void close();
}
