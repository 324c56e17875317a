package dev.akhbar.common.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a record is on the articles topic. */
public enum Change {
  /** A story seen for the first time. */
  NEW,
  /** The same URL with changed content: a new version. */
  UPDATE,
  /** An original that a later arrival showed to be a copy of an earlier one. */
  DEMOTED,
  /** The source now answers 404 or 410 for this page. */
  REMOVED;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Change fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
