package dev.akhbar.sink.internal;

import dev.akhbar.common.store.StoreLocation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What differs between SQLite and PostgreSQL for the sink: how times and JSON are bound, how
 * writers of the same articles are kept apart, where the migrations live, and the search query.
 * Everything else (tables, columns, the upserts and their guards) is the same SQL on both.
 */
public sealed interface Dialect permits SqliteDialect, PostgresDialect {

  /** The dialect of {@code kind}. */
  static Dialect of(StoreLocation.Kind kind) {
    return switch (kind) {
      case SQLITE -> SqliteDialect.INSTANCE;
      case POSTGRESQL -> PostgresDialect.INSTANCE;
    };
  }

  StoreLocation.Kind kind();

  /** The classpath folder of this database's Flyway migrations. */
  String migrationLocation();

  /** Binds a time, or SQL NULL for null. */
  void setTime(PreparedStatement statement, int index, Instant time) throws SQLException;

  /** Reads a time column; null when it is NULL. */
  Instant getTime(ResultSet row, String column) throws SQLException;

  /** The placeholder of a JSON parameter bound as text. */
  String jsonParameter();

  /**
   * Keeps other writers away from these articles until the current transaction ends, so that two
   * sink instances applying the article record and the duplicate record of one article at the same
   * time cannot both win. SQLite needs nothing: it has one writer at a time.
   */
  void lockArticles(Connection connection, Collection<String> articleIds) throws SQLException;

  /**
   * Whether {@code failure} comes from the records being written (a constraint, a value the
   * database refuses) rather than from the database being unavailable: the first sends the record
   * to the dead-letter topic, the second pauses the sink and retries.
   */
  boolean isRecordProblem(SQLException failure);

  /**
   * Whether {@code failure} says the connection is gone (the server restarted or closed it): a read
   * on a new connection may then succeed at once.
   */
  boolean isConnectionLost(SQLException failure);

  /** The parts of the search query: with {@code fullText}, over the words' matches only. */
  SearchShape search(boolean fullText);

  /** The full-text query parameter for these match-form words, all of which must match. */
  String fullTextQuery(List<String> words);
}
