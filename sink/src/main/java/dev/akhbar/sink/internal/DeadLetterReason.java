package dev.akhbar.sink.internal;

import java.util.Locale;

/** Why the sink sent a record to the dead-letter topic; the tag of the dead-letter metric. */
public enum DeadLetterReason {
  /** Not JSON, or not JSON of the topic's record type. */
  UNDECODABLE,
  /** JSON of the right type that breaks the contract (a missing id, a negative version). */
  INVALID,
  /** The database refused it (a constraint, a value out of range). */
  UNWRITABLE;

  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
