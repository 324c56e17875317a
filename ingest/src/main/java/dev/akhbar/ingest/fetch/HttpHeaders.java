package dev.akhbar.ingest.fetch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Response header fields by lower-case name, in the order received. Immutable. */
public final class HttpHeaders {

  private static final HttpHeaders EMPTY = new HttpHeaders(Map.of());

  private final Map<String, List<String>> fields;

  private HttpHeaders(Map<String, List<String>> fields) {
    this.fields = fields;
  }

  public static HttpHeaders empty() {
    return EMPTY;
  }

  /** Headers from name and value pairs, for tests and fixtures. */
  public static HttpHeaders of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("namesAndValues must come in pairs");
    }
    Builder b = new Builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return b.build();
  }

  /** The first value of the field {@code name}, compared case-insensitively. */
  public Optional<String> first(String name) {
    List<String> values = fields.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of the field {@code name}. */
  public List<String> all(String name) {
    return fields.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  public Map<String, List<String>> asMap() {
    return fields;
  }

  @Override
  public String toString() {
    return fields.toString();
  }

  /** Collects fields as they are parsed. */
  public static final class Builder {
    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    public Builder add(String name, String value) {
      fields.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
      return this;
    }

    public HttpHeaders build() {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      fields.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new HttpHeaders(java.util.Collections.unmodifiableMap(copy));
    }
  }
}
