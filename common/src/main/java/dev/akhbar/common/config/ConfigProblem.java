package dev.akhbar.common.config;

import java.util.Objects;

/**
 * One mistake in the configuration.
 *
 * @param where where the value was written: {@code config/akhbar.yml line 12}, {@code environment
 *     AKHBAR_KAFKA_PARTITIONS}, {@code flag --set}
 * @param path the key's path as written ({@code kafka.partitons})
 * @param message what is wrong: {@code unknown key (did you mean kafka.partitions?)}
 */
public record ConfigProblem(String where, String path, String message) {

  public ConfigProblem {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** One line: {@code config/akhbar.yml line 12: kafka.partitons: unknown key (…)}. */
  @Override
  public String toString() {
    return where + ": " + path + ": " + message;
  }
}
