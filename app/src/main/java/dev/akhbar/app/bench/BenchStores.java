package dev.akhbar.app.bench;

import dev.akhbar.common.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Empty stores of the kind {@code --store} names, one for each measurement (the sink, the bare
 * loader, the whole pipeline), so that none starts with another's rows. For SQLite: new files
 * beside the given one ({@code PATH-sink.db} …), which must not exist yet. For PostgreSQL: new
 * databases on the same server ({@code DB_bench_sink} …), dropped first if an earlier run left them
 * and dropped again by {@link #close()}.
 */
final class BenchStores implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BenchStores.class);

  private static final Pattern DATABASE =
      Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(.*)$");

  private final StoreLocation base;
  private final List<String> created = new ArrayList<>();

  BenchStores(StoreLocation base) {
    this.base = base;
  }

  /** A new empty store named after {@code purpose}. */
  StoreLocation fresh(String purpose) throws SQLException {
    return switch (base.kind()) {
      case SQLITE -> sqlite(purpose);
      case POSTGRESQL -> postgresql(purpose);
    };
  }

  private StoreLocation sqlite(String purpose) {
    String name = base.sqlitePath().getFileName().toString().replaceFirst("\\.db$", "");
    Path file = base.sqlitePath().resolveSibling(name + "-" + purpose + ".db");
    if (Files.exists(file)) {
      throw new IllegalStateException(file + " exists: the benchmark needs an empty store");
    }
    return StoreLocation.parse("sqlite:" + file);
  }

  private StoreLocation postgresql(String purpose) throws SQLException {
    Matcher m = DATABASE.matcher(base.jdbcUrl());
    if (!m.matches()) {
      throw new IllegalStateException("cannot find the database in " + base.jdbcUrl());
    }
    String database = m.group(2) + "_bench_" + purpose;
    try (Connection c = connect(base.jdbcUrl());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
    }
    created.add(database);
    return new StoreLocation(
        StoreLocation.Kind.POSTGRESQL,
        m.group(1) + database + m.group(3),
        null,
        base.user(),
        base.password());
  }

  private Connection connect(String jdbcUrl) throws SQLException {
    Properties p = new Properties();
    if (base.user() != null) {
      p.setProperty("user", base.user());
    }
    String password = base.password() != null ? base.password() : System.getenv("PGPASSWORD");
    if (password == null) {
      password = System.getenv("AKHBAR_STORE_PASSWORD");
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    return DriverManager.getConnection(jdbcUrl, p);
  }

  /** A plain JDBC connection to {@code location}, for reading what the sink wrote. */
  Connection open(StoreLocation location) throws SQLException {
    return location.kind() == StoreLocation.Kind.SQLITE
        ? DriverManager.getConnection(location.jdbcUrl())
        : connect(location.jdbcUrl());
  }

  @Override
  public void close() {
    if (created.isEmpty()) {
      return;
    }
    try (Connection c = connect(base.jdbcUrl());
        Statement s = c.createStatement()) {
      for (String database : created) {
        s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      // Left behind, not lost: the next run drops them first.
      LOG.warn("could not drop the benchmark databases {}: {}", created, e.getMessage());
    }
  }
}
