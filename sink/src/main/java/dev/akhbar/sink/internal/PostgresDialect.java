package dev.akhbar.sink.internal;

import dev.akhbar.common.store.StoreLocation;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * PostgreSQL: {@code timestamptz}, {@code jsonb}, a GIN index with the {@code simple} text search
 * configuration over the match form, and transaction-scoped advisory locks per article.
 */
public final class PostgresDialect implements Dialect {

  static final PostgresDialect INSTANCE = new PostgresDialect();

  private PostgresDialect() {}

  @Override
  public StoreLocation.Kind kind() {
    return StoreLocation.Kind.POSTGRESQL;
  }

  @Override
  public String migrationLocation() {
    return "classpath:dev/akhbar/sink/migration/postgresql";
  }

  @Override
  public void setTime(PreparedStatement statement, int index, Instant time) throws SQLException {
    if (time == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, time.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }
  }

  @Override
  public Instant getTime(ResultSet row, String column) throws SQLException {
    OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  @Override
  public String jsonParameter() {
    return "CAST(? AS jsonb)";
  }

  /**
   * Takes one advisory lock per article, in ascending key order, so that two transactions that lock
   * overlapping sets wait for each other instead of deadlocking (PostgreSQL would detect a deadlock
   * and abort one, which the writer retries, but ordered locks avoid the wasted work).
   */
  @Override
  public void lockArticles(Connection connection, Collection<String> articleIds)
      throws SQLException {
    if (articleIds.isEmpty()) {
      return;
    }
    TreeSet<Long> keys = new TreeSet<>();
    for (String id : articleIds) {
      keys.add(lockKey(id));
    }
    Array array = connection.createArrayOf("bigint", keys.toArray());
    try (PreparedStatement lock =
        connection.prepareStatement(
            "SELECT count(pg_advisory_xact_lock(k)) FROM unnest(?) WITH ORDINALITY AS t(k, n)")) {
      lock.setArray(1, array);
      lock.executeQuery().close();
    } finally {
      array.free();
    }
  }

  /**
   * The advisory lock key of an article: the first 64 bits of its id, which is a SHA-256 in hex.
   * Ids that are not hex (rejected before they get here) would fall back to their hash code.
   */
  static long lockKey(String articleId) {
    if (articleId.length() >= 16) {
      try {
        return HexFormat.fromHexDigitsToLong(articleId, 0, 16);
      } catch (IllegalArgumentException notHex) {
        // fall through
      }
    }
    return articleId.hashCode();
  }

  /**
   * SQLSTATE classes 22 (data exception: a NUL character, a value out of range), 23 (integrity
   * constraint violation) and 54 (program limit exceeded: a text too long for its index or its
   * tsvector). Everything else (08 connection, 57 operator intervention such as {@code
   * pg_terminate_backend}, 40 serialization failure or deadlock, 53 insufficient resources) is the
   * database's state, not the record's.
   */
  @Override
  public boolean isRecordProblem(SQLException failure) {
    String state = failure.getSQLState();
    if (ErrorText.mostSpecific(failure) instanceof SQLException specific
        && specific.getSQLState() != null) {
      state = specific.getSQLState();
    }
    return state != null
        && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"));
  }

  /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (shut down, terminated). */
  @Override
  public boolean isConnectionLost(SQLException failure) {
    String state = failure.getSQLState();
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }

  /**
   * Full text: the matches of the stored search vector (V3__stored_search_vector.sql: {@code
   * to_tsvector('simple', title_match || ' ' || body_match)}, indexed with GIN), with {@code
   * ts_rank} computed for the returned rows only (it reads each one's search vector). The planner
   * does not count what the match costs per row (reading a compressed vector out of line), so for a
   * word in most articles it chose to scan the table and read every vector; the query runs with
   * sequential scans discouraged, which makes it read the index instead (docs/sink.md, "Throughput
   * and search latency").
   */
  @Override
  public SearchShape search(boolean fullText) {
    if (!fullText) {
      return new SearchShape(
          "SELECT f.article_id AS row_key, f.article_id, f.published_at FROM articles f WHERE TRUE",
          "0.0",
          "a.article_id = top.row_key",
          List.of());
    }
    return new SearchShape(
        "SELECT f.article_id AS row_key, f.article_id, f.published_at, q AS words"
            + " FROM articles f, plainto_tsquery('simple', ?) AS q"
            + " WHERE f.search_vector @@ q",
        "ts_rank(a.search_vector, top.words)",
        "a.article_id = top.row_key",
        List.of("SET LOCAL enable_seqscan = off"));
  }

  /** The words separated by spaces: {@code plainto_tsquery} requires all of them (AND). */
  @Override
  public String fullTextQuery(List<String> words) {
    return String.join(" ", words);
  }
}
