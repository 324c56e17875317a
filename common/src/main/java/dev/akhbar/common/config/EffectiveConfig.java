package dev.akhbar.common.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved configuration: a typed value for every key that has one, where each came from, and the
 * warnings resolving it raised. Immutable; built by {@link ConfigResolver}.
 */
public final class EffectiveConfig {

  /**
   * Where one value came from.
   *
   * @param text the value as written
   * @param origin which layer
   * @param where the file and line, the variable or the flag
   */
  public record Setting(String text, Origin origin, String where) {}

  private final ConfigSchema schema;
  private final Optional<Path> file;
  private final Map<String, Setting> settings;
  private final Map<String, Object> values;
  private final Map<String, Map<String, Setting>> properties;
  private final List<String> warnings;

  EffectiveConfig(
      ConfigSchema schema,
      Optional<Path> file,
      Map<String, Setting> settings,
      Map<String, Object> values,
      Map<String, Map<String, Setting>> properties,
      List<String> warnings) {
    this.schema = schema;
    this.file = file;
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    Map<String, Map<String, Setting>> copy = new LinkedHashMap<>();
    properties.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.properties = Collections.unmodifiableMap(copy);
    this.warnings = List.copyOf(warnings);
  }

  /** The defaults of {@code schema} alone. */
  public static EffectiveConfig defaults(ConfigSchema schema) {
    return ConfigResolver.resolve(schema, ConfigInputs.none());
  }

  public ConfigSchema schema() {
    return schema;
  }

  /** The file the configuration was read from, if any. */
  public Optional<Path> file() {
    return file;
  }

  /** The value of {@code key}, or empty when it has no default and was not given. */
  public <T> Optional<T> find(ConfigKey<T> key) {
    requireKnown(key);
    @SuppressWarnings("unchecked") // values.get(path) was parsed by this key's own type
    T value = (T) values.get(key.path());
    return Optional.ofNullable(value);
  }

  /**
   * The value of {@code key}.
   *
   * @throws IllegalStateException when it has none (a key without a default that was not given)
   */
  public <T> T expect(ConfigKey<T> key) {
    return find(key)
        .orElseThrow(() -> new IllegalStateException("no value for " + key.path() + " was given"));
  }

  /** The free-form properties of {@code key}, in the order they were given. */
  public Map<String, String> properties(ConfigKey<Map<String, String>> key) {
    requireKnown(key);
    Map<String, String> result = new LinkedHashMap<>();
    properties.get(key.path()).forEach((name, s) -> result.put(name, s.text()));
    return Collections.unmodifiableMap(result);
  }

  /** Where the value of {@code key} came from; empty when it has none. */
  public Optional<Setting> setting(ConfigKey<?> key) {
    requireKnown(key);
    return Optional.ofNullable(settings.get(key.path()));
  }

  /** Where each free-form property of {@code key} came from. */
  public Map<String, Setting> propertySettings(ConfigKey<?> key) {
    requireKnown(key);
    return properties.getOrDefault(key.path(), Map.of());
  }

  /** What was ignored but looks like a mistake (an {@code AKHBAR_…} variable that is no key). */
  public List<String> warnings() {
    return warnings;
  }

  private void requireKnown(ConfigKey<?> key) {
    Objects.requireNonNull(key, "key");
    if (schema.find(key.path()).isEmpty()) {
      throw new IllegalArgumentException("key " + key.path() + " is not in this schema");
    }
  }
}
