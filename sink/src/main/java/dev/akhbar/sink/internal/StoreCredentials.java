package dev.akhbar.sink.internal;

import dev.akhbar.common.store.StoreLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the PostgreSQL user and password come from when the store location does not carry them: the
 * environment, so that a password need not appear on a command line or in a config file.
 *
 * <p>In order: the location's own user and password; {@value #USER_VARIABLE} and {@value
 * #PASSWORD_VARIABLE}; the first line of the file named by {@value #PASSWORD_FILE_VARIABLE} (a
 * Docker or Kubernetes secret); libpq's {@code PGUSER} and {@code PGPASSWORD}.
 */
public final class StoreCredentials {

  public static final String USER_VARIABLE = "AKHBAR_STORE_USER";
  public static final String PASSWORD_VARIABLE = "AKHBAR_STORE_PASSWORD";
  public static final String PASSWORD_FILE_VARIABLE = "AKHBAR_STORE_PASSWORD_FILE";

  private StoreCredentials() {}

  /**
   * {@code location} with the user and password completed from {@code environment}; a SQLite
   * location unchanged.
   *
   * @throws UncheckedIOException when the password file cannot be read
   */
  public static StoreLocation complete(StoreLocation location, Map<String, String> environment) {
    if (location.kind() != StoreLocation.Kind.POSTGRESQL) {
      return location;
    }
    String user = first(location.user(), environment.get(USER_VARIABLE), environment.get("PGUSER"));
    String password = location.password();
    if (password == null) {
      password = environment.get(PASSWORD_VARIABLE);
    }
    if (password == null && environment.get(PASSWORD_FILE_VARIABLE) != null) {
      password = readFirstLine(Path.of(environment.get(PASSWORD_FILE_VARIABLE)));
    }
    if (password == null) {
      password = environment.get("PGPASSWORD");
    }
    return new StoreLocation(location.kind(), location.jdbcUrl(), null, user, password);
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    return null;
  }

  private static String readFirstLine(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .findFirst()
          .map(String::strip)
          .orElse("");
    } catch (IOException e) {
      // The path is not secret; the contents are never printed.
      throw new UncheckedIOException(
          "cannot read the store password file named by " + PASSWORD_FILE_VARIABLE + ": " + file,
          e);
    }
  }
}
