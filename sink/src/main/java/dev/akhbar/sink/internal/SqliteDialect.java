package dev.akhbar.sink.internal;

import dev.akhbar.common.store.StoreLocation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** SQLite: times as fixed-width ISO text ({@link IsoTimes}), JSON as text, FTS5 search. */
public final class SqliteDialect implements Dialect {

  static final SqliteDialect INSTANCE = new SqliteDialect();

  // Primary result codes, https://sqlite.org/rescode.html
  private static final int SQLITE_TOOBIG = 18;
  private static final int SQLITE_CONSTRAINT = 19;
  private static final int SQLITE_MISMATCH = 20;

  private SqliteDialect() {}

  @Override
  public StoreLocation.Kind kind() {
    return StoreLocation.Kind.SQLITE;
  }

  @Override
  public String migrationLocation() {
    return "classpath:dev/akhbar/sink/migration/sqlite";
  }

  @Override
  public void setTime(PreparedStatement statement, int index, Instant time) throws SQLException {
    if (time == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, IsoTimes.format(time));
    }
  }

  @Override
  public Instant getTime(ResultSet row, String column) throws SQLException {
    String text = row.getString(column);
    return text == null ? null : IsoTimes.parse(text);
  }

  @Override
  public String jsonParameter() {
    return "?";
  }

  @Override
  public void lockArticles(Connection connection, Collection<String> articleIds) {
    // One writer at a time: the connection's transactions begin IMMEDIATE (ConnectionPool).
  }

  /**
   * SQLITE_TOOBIG (a value over the length limit), SQLITE_CONSTRAINT and SQLITE_MISMATCH (a value
   * of the wrong type in a STRICT table). Everything else (SQLITE_BUSY, SQLITE_IOERR, SQLITE_FULL,
   * a file that cannot be opened) is the database's state, not the record's.
   */
  @Override
  public boolean isRecordProblem(SQLException failure) {
    SQLException specific =
        ErrorText.mostSpecific(failure) instanceof SQLException sql ? sql : failure;
    int primaryCode = specific.getErrorCode() & 0xff;
    return primaryCode == SQLITE_TOOBIG
        || primaryCode == SQLITE_CONSTRAINT
        || primaryCode == SQLITE_MISMATCH;
  }

  /** A SQLite connection is a file handle: it is not closed from the other side. */
  @Override
  public boolean isConnectionLost(SQLException failure) {
    return false;
  }

  /**
   * Full text: FTS5's matches joined to {@code article_search_order} (by rowid, like the index),
   * whose small rows carry what the filters and the order need, so that no article's row is read
   * before the limit (its text lies before those columns, and a match would walk its overflow
   * pages); bm25 is computed there, since FTS5 computes it only in the query that matches. Without
   * words: articles itself, whose published_at index gives the order.
   */
  @Override
  public SearchShape search(boolean fullText) {
    if (!fullText) {
      return new SearchShape(
          "SELECT f.rowid AS row_key, f.article_id, f.published_at FROM articles f WHERE TRUE",
          "0.0",
          "a.rowid = top.row_key",
          List.of());
    }
    // bm25 is lower for better matches; negated so that a higher score is better on both stores.
    return new SearchShape(
        "SELECT f.article_rowid AS row_key, f.article_id, f.published_at,"
            + " -bm25(articles_search) AS score"
            + " FROM articles_search"
            + " JOIN article_search_order f ON f.article_rowid = articles_search.rowid"
            + " WHERE articles_search MATCH ?",
        "top.score",
        "a.rowid = top.row_key",
        List.of());
  }

  /**
   * Each word as an FTS5 string ({@code "word"}, inner quotes doubled), so that no word is read as
   * FTS5 syntax ({@code OR}, {@code NEAR}, {@code *}, {@code column:}); FTS5 joins them with AND.
   */
  @Override
  public String fullTextQuery(List<String> words) {
    return words.stream()
        .map(w -> '"' + w.replace("\"", "\"\"") + '"')
        .collect(Collectors.joining(" "));
  }
}
