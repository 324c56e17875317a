package dev.akhbar.common.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the sink stores articles, as given by {@code --store}: {@code sqlite:PATH} (relative to the
 * working folder), {@code postgresql://HOST:PORT/DB?user=…}, or a JDBC URL of either. The default
 * is {@value #DEFAULT}.
 *
 * @param kind which database
 * @param jdbcUrl the JDBC URL to connect with (for PostgreSQL without the password)
 * @param sqlitePath the database file, for SQLite only
 * @param user the PostgreSQL user, or null
 * @param password the PostgreSQL password, or null; never printed by {@link #toString()}
 */
public record StoreLocation(
    Kind kind, String jdbcUrl, Path sqlitePath, String user, String password) {

  public static final String DEFAULT = "sqlite:./data/akhbar.db";

  /** The databases akhbar can store into. */
  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  public StoreLocation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /**
   * Parses a store location.
   *
   * @throws IllegalArgumentException with a one-line message when the text is not one of the forms
   */
  public static StoreLocation parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("store location is empty; " + forms());
    }
    String s = text.strip();
    if (s.startsWith("jdbc:sqlite:")) {
      return sqlite(s.substring("jdbc:sqlite:".length()), text);
    }
    if (s.startsWith("sqlite:")) {
      return sqlite(s.substring("sqlite:".length()), text);
    }
    if (s.startsWith("jdbc:postgresql://")) {
      return postgresql(s.substring("jdbc:".length()), text);
    }
    if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
      return postgresql(s, text);
    }
    throw new IllegalArgumentException("unknown store '" + text + "'; " + forms());
  }

  /** This location with the password taken from elsewhere (an environment variable, a file). */
  public StoreLocation withPassword(String newPassword) {
    return new StoreLocation(kind, jdbcUrl, sqlitePath, user, newPassword);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case SQLITE -> "sqlite:" + sqlitePath;
      case POSTGRESQL -> jdbcUrl + (password == null ? "" : " (password set)");
    };
  }

  private static StoreLocation sqlite(String path, String original) {
    if (path.isBlank()) {
      throw new IllegalArgumentException("store '" + original + "' has no file path; " + forms());
    }
    Path file = Path.of(path).toAbsolutePath().normalize();
    return new StoreLocation(Kind.SQLITE, "jdbc:sqlite:" + file, file, null, null);
  }

  private static StoreLocation postgresql(String url, String original) {
    URI uri;
    try {
      uri = new URI(url.startsWith("postgres://") ? "postgresql" + url.substring(8) : url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "store '" + original + "' is not a valid URL; " + forms(), e);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("store '" + original + "' has no host; " + forms());
    }
    String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (db.isBlank()) {
      throw new IllegalArgumentException("store '" + original + "' names no database; " + forms());
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String kv : uri.getRawQuery().split("&")) {
        int eq = kv.indexOf('=');
        if (eq > 0) {
          params.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
      }
    }
    String user = params.remove("user");
    String password = params.remove("password");
    if (uri.getUserInfo() != null) {
      String[] parts = uri.getUserInfo().split(":", 2);
      user = parts[0];
      password = parts.length > 1 ? parts[1] : password;
    }
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() > 0) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append('/').append(db);
    if (!params.isEmpty()) {
      jdbc.append('?');
      params.forEach((k, v) -> jdbc.append(k).append('=').append(v).append('&'));
      jdbc.setLength(jdbc.length() - 1);
    }
    return new StoreLocation(Kind.POSTGRESQL, jdbc.toString(), null, user, password);
  }

  private static String forms() {
    return "use sqlite:PATH, postgresql://HOST:PORT/DB?user=NAME or a JDBC URL of either";
  }
}
