package dev.akhbar.common.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a copy was recognized. */
public enum DuplicateMethod {
  /** The match form of the body is identical. */
  EXACT,
  /** The bodies are similar above the configured threshold. */
  NEAR;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static DuplicateMethod fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
