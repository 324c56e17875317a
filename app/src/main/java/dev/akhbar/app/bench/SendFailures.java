package dev.akhbar.app.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Collects the failures of asynchronous sends, so that a benchmark never measures records that were
 * not written.
 */
final class SendFailures implements Callback {

  private final AtomicLong failed = new AtomicLong();
  private final AtomicReference<Exception> first = new AtomicReference<>();

  @Override
  public void onCompletion(RecordMetadata metadata, Exception exception) {
    if (exception != null) {
      failed.incrementAndGet();
      first.compareAndSet(null, exception);
    }
  }

  /** Throws when a send to {@code topic} has failed; call after {@code flush()}. */
  void check(String topic) {
    if (failed.get() > 0) {
      throw new IllegalStateException(
          failed.get() + " records could not be sent to " + topic, first.get());
    }
  }
}
