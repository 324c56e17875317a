package dev.akhbar.common.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every key an application reads, in the order the documentation lists them. Paths and environment
 * variable names are unique; an unknown path gets a "did you mean" from the known ones.
 */
public final class ConfigSchema {

  /** The farthest (in edits) a known key may be from a mistyped one to be suggested. */
  static final int MAX_SUGGESTION_DISTANCE = 3;

  private final Map<String, ConfigKey<?>> byPath = new LinkedHashMap<>();
  private final Map<String, ConfigKey<?>> byVariable = new LinkedHashMap<>();

  public ConfigSchema(List<ConfigKey<?>> keys) {
    for (ConfigKey<?> key : keys) {
      if (byPath.put(key.path(), key) != null) {
        throw new IllegalArgumentException("key " + key.path() + " is declared twice");
      }
      ConfigKey<?> clash = byVariable.put(key.environmentVariable(), key);
      if (clash != null) {
        throw new IllegalArgumentException(
            "keys " + clash.path() + " and " + key.path() + " share " + key.environmentVariable());
      }
    }
  }

  /** The keys in documentation order. */
  public List<ConfigKey<?>> keys() {
    return List.copyOf(byPath.values());
  }

  /** The sections in documentation order. */
  public Set<String> sections() {
    Set<String> sections = new LinkedHashSet<>();
    byPath.values().forEach(k -> sections.add(k.section()));
    return sections;
  }

  public Optional<ConfigKey<?>> find(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** The free-form properties key whose entries {@code path} names ({@code kafka.properties.x}). */
  public Optional<ConfigKey<?>> findPropertiesOf(String path) {
    return byPath.values().stream()
        .filter(ConfigKey::isProperties)
        .filter(k -> path.startsWith(k.path() + ".") && path.length() > k.path().length() + 1)
        .findFirst();
  }

  /** The key read from environment variable {@code name}. */
  public Optional<ConfigKey<?>> findByVariable(String name) {
    return Optional.ofNullable(byVariable.get(name));
  }

  /** The properties key whose entries variables named {@code PREFIX_…} set, for {@code name}. */
  public Optional<ConfigKey<?>> findPropertiesByVariable(String name) {
    return byPath.values().stream()
        .filter(ConfigKey::isProperties)
        .filter(
            k ->
                name.startsWith(k.environmentVariable() + "_")
                    && name.length() > k.environmentVariable().length() + 1)
        .findFirst();
  }

  /** The known path closest to {@code unknown}, if one is close enough to be a typo. */
  public Optional<String> suggest(String unknown) {
    List<String> candidates = new ArrayList<>(byPath.keySet());
    sections().forEach(candidates::add);
    return candidates.stream()
        .filter(c -> distance(c, unknown) <= MAX_SUGGESTION_DISTANCE)
        .min(Comparator.comparingInt(c -> distance(c, unknown)));
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
