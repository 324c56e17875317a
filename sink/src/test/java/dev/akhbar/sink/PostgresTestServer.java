package dev.akhbar.sink;

import dev.akhbar.common.store.StoreLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The local PostgreSQL server of the tests (127.0.0.1:5432, user postgres, trust authentication).
 * Each test store gets a schema of its own in a database created for the test run, dropped at the
 * end (a schema is much faster to create than a database). When the server is unreachable, tests
 * fail if {@code CI=true} and are skipped with a warning otherwise.
 */
final class PostgresTestServer implements AutoCloseable {

  static final String HOST = "127.0.0.1";
  static final int PORT = 5432;
  static final String USER = "postgres";

  private final List<String> databases = new ArrayList<>();
  private String runDatabase;
  private int schemas;

  private PostgresTestServer() {}

  /** The server, or the test is failed (CI) or skipped (elsewhere) when it is unreachable. */
  static PostgresTestServer connectOrSkip() {
    try (Connection connection = admin()) {
      connection.isValid(2);
      return new PostgresTestServer();
    } catch (SQLException e) {
      String message =
          "PostgreSQL at " + HOST + ":" + PORT + " is unreachable (" + e.getMessage() + ")";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(message + " and CI=true: the PostgreSQL tests must run");
      }
      System.err.println("WARNING: " + message + "; skipping the PostgreSQL tests");
      Assumptions.abort(message);
      throw new AssertionError("unreachable");
    }
  }

  /** A new empty database and the store location of it. */
  StoreLocation createDatabase() throws SQLException {
    String name = "akhbar_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute("CREATE DATABASE " + name);
    databases.add(name);
    return StoreLocation.parse("postgresql://" + HOST + ":" + PORT + "/" + name + "?user=" + USER);
  }

  /**
   * A new empty schema in this run's database, and the store location of it: the location's {@code
   * currentSchema} puts the store's tables there.
   */
  StoreLocation createSchema() throws SQLException {
    if (runDatabase == null) {
      runDatabase = databaseOf(createDatabase());
    }
    String schema = "store_" + ++schemas;
    try (Connection connection = connect(runDatabase);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    return StoreLocation.parse(
        "postgresql://"
            + HOST
            + ":"
            + PORT
            + "/"
            + runDatabase
            + "?user="
            + USER
            + "&currentSchema="
            + schema);
  }

  /** Runs {@code sql} in the {@code postgres} database as the superuser. */
  void execute(String sql) throws SQLException {
    try (Connection connection = admin();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** A superuser connection to {@code database}. */
  static Connection connect(String database) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", USER);
    p.setProperty("connectTimeout", "2");
    return DriverManager.getConnection(
        "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, p);
  }

  private static Connection admin() throws SQLException {
    return connect("postgres");
  }

  /** The database name of a location this server created. */
  static String databaseOf(StoreLocation location) {
    String url = location.jdbcUrl();
    String path = url.substring(url.indexOf('/', "jdbc:postgresql://".length()) + 1);
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  @Override
  public void close() throws SQLException {
    for (String name : databases) {
      execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
    databases.clear();
  }
}
