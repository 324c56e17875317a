package dev.akhbar.common.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why an article was set aside on purpose. */
public enum RejectReason {
  /** The body is shorter than the configured minimum: an empty or broken page. */
  TOO_SHORT,
  /** The article is not in Arabic and the configuration routes such articles aside. */
  NOT_ARABIC;

  @JsonValue
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static RejectReason fromWire(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
