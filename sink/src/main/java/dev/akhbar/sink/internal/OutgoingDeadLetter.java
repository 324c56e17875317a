package dev.akhbar.sink.internal;

import dev.akhbar.common.record.DeadLetter;
import java.time.Instant;
import java.util.Base64;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A dead letter the sink sends, keyed like the record it reports.
 *
 * @param key the failed record's key, null when it had none
 */
record OutgoingDeadLetter(byte[] key, DeadLetter letter, DeadLetterReason reason) {

  /** The stage name the sink's dead letters carry. */
  static final String STAGE = "sink";

  /** Longer error messages are cut: a message is for a person, the original holds the data. */
  static final int MAX_ERROR_MESSAGE_CHARS = 2_000;

  static OutgoingDeadLetter of(
      ConsumerRecord<byte[], byte[]> record,
      DeadLetterReason reason,
      Throwable error,
      Instant failedAt) {
    byte[] value = record.value() == null ? new byte[0] : record.value();
    DeadLetter letter =
        new DeadLetter(
            STAGE,
            error.getClass().getName(),
            message(reason, error),
            record.topic(),
            record.partition(),
            record.offset(),
            null,
            Base64.getEncoder().encodeToString(value),
            failedAt);
    return new OutgoingDeadLetter(record.key(), letter, reason);
  }

  private static String message(DeadLetterReason reason, Throwable error) {
    String text = reason.tag() + ": " + error.getMessage();
    return text.length() <= MAX_ERROR_MESSAGE_CHARS
        ? text
        : text.substring(0, MAX_ERROR_MESSAGE_CHARS - 1) + "…";
  }
}
