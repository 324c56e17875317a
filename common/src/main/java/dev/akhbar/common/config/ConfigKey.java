package dev.akhbar.common.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One setting: {@code section.name} in the file, {@code AKHBAR_SECTION_NAME} in the environment.
 *
 * @param path {@code section.name}, lower case words joined by hyphens ({@code
 *     kafka.bootstrap-servers})
 * @param type how its text is read
 * @param defaultText the default as text (parsed like any other value), or null when the setting is
 *     absent unless given
 * @param description one sentence for the documentation table and {@code akhbar config print}
 * @param secret whether its value is masked when printed
 */
public record ConfigKey<T>(
    String path, ConfigType<T> type, String defaultText, String description, boolean secret) {

  /** The prefix of every environment variable akhbar reads. */
  public static final String ENVIRONMENT_PREFIX = "AKHBAR_";

  private static final Pattern PATH = Pattern.compile("[a-z][a-z0-9]*\\.[a-z][a-z0-9-]*");

  public ConfigKey {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException(
          "a key path is section.name in lower case with hyphens, got '" + path + "'");
    }
    if (defaultText != null && type != ConfigType.PROPERTIES) {
      type.parse(defaultText); // a default that does not parse is a programming mistake
    }
  }

  /** A setting with a default. */
  public static <T> ConfigKey<T> of(
      String path, ConfigType<T> type, String defaultText, String description) {
    return new ConfigKey<>(
        path, type, Objects.requireNonNull(defaultText, "defaultText"), description, false);
  }

  /** A setting that is absent unless given. */
  public static <T> ConfigKey<T> optional(String path, ConfigType<T> type, String description) {
    return new ConfigKey<>(path, type, null, description, false);
  }

  /** Free-form properties under {@code path}: {@code path.NAME} in flags, a mapping in the file. */
  public static ConfigKey<java.util.Map<String, String>> properties(
      String path, String description) {
    return new ConfigKey<>(path, ConfigType.PROPERTIES, null, description, false);
  }

  /** This key, with its value masked when printed. */
  public ConfigKey<T> masked() {
    return new ConfigKey<>(path, type, defaultText, description, true);
  }

  /** The section: {@code kafka} of {@code kafka.bootstrap-servers}. */
  public String section() {
    return path.substring(0, path.indexOf('.'));
  }

  /** The name within the section: {@code bootstrap-servers}. */
  public String name() {
    return path.substring(path.indexOf('.') + 1);
  }

  /** {@code AKHBAR_KAFKA_BOOTSTRAP_SERVERS} for {@code kafka.bootstrap-servers}. */
  public String environmentVariable() {
    return ENVIRONMENT_PREFIX + path.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** Whether this key holds free-form properties rather than one value. */
  public boolean isProperties() {
    return type == ConfigType.PROPERTIES;
  }

  /** The default, when there is one. */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultText);
  }
}
