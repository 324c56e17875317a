package dev.akhbar.sink.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.akhbar.common.store.StoreLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The connection pool of a store. SQLite connections are set up for one writer and concurrent
 * readers; PostgreSQL connections are checked and replaced when the server drops them.
 */
public final class ConnectionPool {

  /** Connections in the pool: one for the sink's writer, the others for searches and reports. */
  public static final int DEFAULT_MAX_CONNECTIONS = 4;

  /**
   * How long a caller waits for a connection before the attempt fails. Short, so that an outage
   * turns into a retry with backoff (and {@code close()} stays prompt) rather than a long hang.
   */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** How long SQLite waits for another process's write lock before giving up with SQLITE_BUSY. */
  public static final Duration SQLITE_BUSY_TIMEOUT = Duration.ofSeconds(10);

  private ConnectionPool() {}

  /** A pool for {@code location}, whose credentials are already complete. */
  public static HikariDataSource open(StoreLocation location) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("akhbar-store");
    config.setJdbcUrl(location.jdbcUrl());
    config.setMaximumPoolSize(DEFAULT_MAX_CONNECTIONS);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(DEFAULT_CONNECT_TIMEOUT.toMillis());
    config.setValidationTimeout(Math.min(DEFAULT_CONNECT_TIMEOUT.toMillis(), 3_000));
    switch (location.kind()) {
      case SQLITE -> configureSqlite(config, location.sqlitePath());
      case POSTGRESQL -> configurePostgres(config, location);
    }
    return new HikariDataSource(config);
  }

  private static void configureSqlite(HikariConfig config, Path file) {
    createParentFolder(file);
    config.setDriverClassName("org.sqlite.JDBC");
    // WAL: readers (search) do not block the writer and the writer does not block them.
    config.addDataSourceProperty("journal_mode", "WAL");
    // FULL: a commit is on disk before the sink commits the Kafka offsets of its records, so a
    // power cut cannot lose rows whose offsets are already committed. NORMAL would survive a
    // process crash but not that.
    config.addDataSourceProperty("synchronous", "FULL");
    config.addDataSourceProperty("busy_timeout", Long.toString(SQLITE_BUSY_TIMEOUT.toMillis()));
    // Writers take the write lock when the transaction begins, not at its first write, so that two
    // writers never both hold a read lock and deadlock on the upgrade.
    config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
  }

  private static void configurePostgres(HikariConfig config, StoreLocation location) {
    config.setDriverClassName("org.postgresql.Driver");
    if (location.user() != null) {
      config.setUsername(location.user());
    }
    if (location.password() != null) {
      config.setPassword(location.password());
    }
    config.addDataSourceProperty("ApplicationName", "akhbar-sink");
    // A connection whose server went away fails its next use quickly instead of hanging.
    config.addDataSourceProperty("tcpKeepAlive", "true");
    config.addDataSourceProperty(
        "connectTimeout", Long.toString(DEFAULT_CONNECT_TIMEOUT.toSeconds()));
  }

  private static void createParentFolder(Path file) {
    Path parent = file.getParent();
    if (parent == null) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of the SQLite store " + file, e);
    }
  }
}
