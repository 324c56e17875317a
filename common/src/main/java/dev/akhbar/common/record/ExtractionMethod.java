package dev.akhbar.common.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which part of a page the article's fields came from, best first. */
public enum ExtractionMethod {
  JSON_LD("json-ld"),
  OPENGRAPH("opengraph"),
  SELECTORS("selectors"),
  GENERIC("generic");

  private final String wire;

  ExtractionMethod(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  @JsonCreator
  public static ExtractionMethod fromWire(String value) {
    for (ExtractionMethod m : values()) {
      if (m.wire.equals(value.toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown extraction_method: " + value);
  }
}
