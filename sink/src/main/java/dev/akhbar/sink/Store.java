package dev.akhbar.sink;

import com.zaxxer.hikari.HikariDataSource;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.sink.internal.ArticleSearch;
import dev.akhbar.sink.internal.BatchWriter;
import dev.akhbar.sink.internal.ConnectionPool;
import dev.akhbar.sink.internal.Dialect;
import dev.akhbar.sink.internal.SchemaMigrations;
import dev.akhbar.sink.internal.StoreCredentials;
import dev.akhbar.sink.internal.StoreReport;
import dev.akhbar.sink.internal.StoreWrite;
import dev.akhbar.sink.internal.WriteCounts;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article store, SQLite or PostgreSQL: opened from a {@link StoreLocation}, migrated to the
 * newest schema on open, then written by the {@link SinkService} and read by {@link #search} and
 * {@link #summary}. Thread-safe; close it once.
 *
 * <pre>{@code
 * try (Store store = Store.open(StoreLocation.parse("sqlite:./data/akhbar.db"))) {
 *   store.search(SearchQuery.of("بنغازي").withLimit(10)).forEach(hit -> ...);
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

  /** Entities and topics in {@link #summary()}. */
  public static final int DEFAULT_SUMMARY_TOP = 10;

  private static final Logger LOG = LoggerFactory.getLogger(Store.class);

  private final StoreLocation location;
  private final Dialect dialect;
  private final HikariDataSource dataSource;
  private final BatchWriter writer;
  private final MigrationReport migration;

  private Store(StoreLocation location, HikariDataSource dataSource) {
    this.location = location;
    this.dialect = Dialect.of(location.kind());
    this.dataSource = dataSource;
    this.writer = new BatchWriter(dialect);
    this.migration = SchemaMigrations.migrate(dataSource, dialect);
  }

  /**
   * Opens the store at {@code location} and migrates it, with a PostgreSQL user and password that
   * the location lacks taken from the process environment ({@code AKHBAR_STORE_USER}, {@code
   * AKHBAR_STORE_PASSWORD}, {@code AKHBAR_STORE_PASSWORD_FILE}, {@code PGUSER}, {@code
   * PGPASSWORD}).
   *
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static Store open(StoreLocation location) {
    return open(location, System.getenv());
  }

  /** Opens the store at {@code location}, completing its credentials from {@code environment}. */
  public static Store open(StoreLocation location, Map<String, String> environment) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(environment, "environment");
    StoreLocation complete = StoreCredentials.complete(location, environment);
    HikariDataSource dataSource;
    try {
      dataSource = ConnectionPool.open(complete);
    } catch (RuntimeException e) {
      throw new StoreException("cannot connect to the store " + location, e);
    }
    try {
      Store store = new Store(complete, dataSource);
      LOG.info("store {}: {}", location, store.migration.describe());
      return store;
    } catch (RuntimeException e) {
      dataSource.close();
      throw new StoreException("cannot migrate the store " + location, e);
    }
  }

  /** Where this store is; its {@code toString()} never shows the password. */
  public StoreLocation location() {
    return location;
  }

  /** What the migration on open did. */
  public MigrationReport migration() {
    return migration;
  }

  /** Migrates to the newest schema again: nothing to do unless the schema changed since open. */
  public MigrationReport migrate() {
    return SchemaMigrations.migrate(dataSource, dialect);
  }

  /**
   * The articles that match {@code query}, newest first.
   *
   * @throws StoreException when the database fails
   */
  public List<SearchHit> search(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    return read("search failed in the store", c -> ArticleSearch.run(c, dialect, query));
  }

  /** The counts of the store with the top {@value #DEFAULT_SUMMARY_TOP} entities and topics. */
  public StoreSummary summary() {
    return summary(DEFAULT_SUMMARY_TOP);
  }

  /** The counts of the store with the top {@code top} entities and topics. */
  public StoreSummary summary(int top) {
    if (top < 0) {
      throw new IllegalArgumentException("top must not be negative, got " + top);
    }
    return read("cannot summarize the store", c -> StoreReport.summarize(c, top));
  }

  /** A read on one connection. */
  @FunctionalInterface
  private interface Read<T> {
    T on(Connection connection) throws SQLException;
  }

  /**
   * Runs a read, once more on a new connection when the server had closed the first one (after a
   * restart the pool may hand out a connection it has not yet found dead).
   */
  private <T> T read(String failure, Read<T> read) {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        return read.on(connection);
      } catch (SQLException e) {
        if (attempt == 1 && dialect.isConnectionLost(e)) {
          LOG.info("store connection lost, reading again on a new one: {}", e.getMessage());
          continue;
        }
        throw new StoreException(failure + " " + location, e);
      }
    }
  }

  /**
   * Applies {@code writes} in one transaction: all of them or none.
   *
   * @throws SQLException as the database raised it, after rolling back
   */
  WriteCounts write(List<StoreWrite> writes) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        WriteCounts counts = writer.apply(connection, writes);
        connection.commit();
        return counts;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(connection, e);
        throw e;
      }
    }
  }

  Dialect dialect() {
    return dialect;
  }

  DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }

  private static void rollbackQuietly(Connection connection, Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      // The connection is likely gone; the transaction is then rolled back by the server.
      cause.addSuppressed(rollbackFailure);
    }
  }
}
