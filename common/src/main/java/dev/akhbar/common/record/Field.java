package dev.akhbar.common.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which text of an article an entity was found in. */
public enum Field {
  TITLE,
  BODY;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Field fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
