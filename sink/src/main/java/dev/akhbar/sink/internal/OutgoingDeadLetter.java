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

  static OutgoingDeadLetter of(
      ConsumerRecord<byte[], byte[]> record,
      DeadLetterReason reason,
      Throwable error,
      Instant failedAt) {
    byte[] value = record.value() == null ? new byte[0] : record.value();
    DeadLetter letter =
        new DeadLetter(
            STAGE,
            ErrorText.mostSpecific(error).getClass().getName(),
            ErrorText.clean(reason.tag() + ": " + ErrorText.of(error)),
            record.topic(),
            record.partition(),
            record.offset(),
            null,
            Base64.getEncoder().encodeToString(value),
            failedAt);
    return new OutgoingDeadLetter(record.key(), letter, reason);
  }
}
