package dev.akhbar.ingest.fetch;

import java.time.Duration;

/** Hears about every HTTP exchange and every failed fetch: the metrics binder implements it. */
public interface FetchObserver {

  /** One request answered with {@code status}, {@code bytes} of body on the wire. */
  void onExchange(FetchKind kind, int status, long bytes, Duration latency);

  /** A fetch that ended without a usable response. */
  void onFailure(FetchKind kind, FailureKind failure);

  /** Hears nothing. */
  static FetchObserver none() {
    return new FetchObserver() {
      @Override
      public void onExchange(FetchKind kind, int status, long bytes, Duration latency) {}

      @Override
      public void onFailure(FetchKind kind, FailureKind failure) {}
    };
  }
}
