package dev.akhbar.common.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a configuration is resolved from, lowest precedence first: the defaults (in the schema), the
 * file, the environment, the flags.
 *
 * @param file the YAML file, if one is used
 * @param environment the process environment; only {@code AKHBAR_…} variables are read
 * @param flags command-line values, later ones winning
 * @param foreignVariables {@code AKHBAR_…} variables that are not configuration (the launcher's
 *     {@code AKHBAR_JAVA_OPTS}) and draw no warning
 */
public record ConfigInputs(
    Optional<Path> file,
    Map<String, String> environment,
    List<ConfigFlag> flags,
    Set<String> foreignVariables) {

  public ConfigInputs {
    Objects.requireNonNull(file, "file");
    environment = Map.copyOf(environment);
    flags = List.copyOf(flags);
    foreignVariables = Set.copyOf(foreignVariables);
  }

  /** Defaults only. */
  public static ConfigInputs none() {
    return new ConfigInputs(Optional.empty(), Map.of(), List.of(), Set.of());
  }
}
