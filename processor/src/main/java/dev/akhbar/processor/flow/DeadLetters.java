package dev.akhbar.processor.flow;

import dev.akhbar.common.record.DeadLetter;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/** Builds the processor's dead letters: stage {@value #STAGE}, the error, where the record was. */
public final class DeadLetters {

  public static final String STAGE = "processor";

  /**
   * Most bytes of the original record kept in a dead letter, so that the dead letter itself stays
   * under Kafka's default 1 MB record limit (Base64 adds a third). Longer originals are cut and the
   * message says so; the raw topic still holds them whole.
   */
  public static final int MAX_ORIGINAL_BYTES = 512 * 1024;

  /** Longest error message kept, in characters. */
  public static final int MAX_MESSAGE_CHARS = 2_000;

  private DeadLetters() {}

  public static DeadLetter of(
      Throwable error, SourcePosition position, byte[] original, Instant now) {
    String message = error.getMessage() == null ? error.toString() : error.getMessage();
    if (message.length() > MAX_MESSAGE_CHARS) {
      message = message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
    byte[] kept = original == null ? new byte[0] : original;
    if (kept.length > MAX_ORIGINAL_BYTES) {
      message +=
          " (original of " + kept.length + " bytes cut to the first " + MAX_ORIGINAL_BYTES + ")";
      kept = Arrays.copyOf(kept, MAX_ORIGINAL_BYTES);
    }
    return new DeadLetter(
        STAGE,
        error.getClass().getName(),
        message,
        position.topic(),
        position.partition(),
        position.offset(),
        null,
        Base64.getEncoder().encodeToString(kept),
        now);
  }
}
