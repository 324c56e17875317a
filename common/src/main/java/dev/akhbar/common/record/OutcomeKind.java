package dev.akhbar.common.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The fate of one raw record in the processor. */
public enum OutcomeKind {
  /** Published as a new story original. */
  NEW,
  /** Published as a new version of a known URL. */
  UPDATE,
  /** The same URL with the same content again: only counted. */
  UNCHANGED,
  /** Published as a copy of another article. */
  DUPLICATE,
  /** Set aside with a reason. */
  REJECTED,
  /** Could not be processed; on the dead-letter topic. */
  DEAD_LETTER;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static OutcomeKind fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
