package dev.akhbar.common.config;

import java.util.Objects;

/**
 * A value given on the command line.
 *
 * @param flag the option as typed, for messages ({@code --bootstrap}, {@code --set})
 * @param path the key it sets ({@code kafka.bootstrap-servers}), or {@code PROPERTIES_PATH.NAME}
 *     for one free-form property ({@code kafka.properties.security.protocol})
 * @param text the value as typed
 */
public record ConfigFlag(String flag, String path, String text) {

  public ConfigFlag {
    Objects.requireNonNull(flag, "flag");
    Objects.requireNonNull(path, "path");
  }
}
