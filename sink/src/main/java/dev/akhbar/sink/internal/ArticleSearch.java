package dev.akhbar.sink.internal;

import dev.akhbar.sink.SearchHit;
import dev.akhbar.sink.SearchQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link SearchQuery}: the full-text condition of the dialect, the filters, newest first
 * (articles without a date last, then by id so that the order is stable), and a snippet per hit.
 * Every value is a bound parameter.
 *
 * <p>The matches are filtered, sorted and cut to the limit in an inner query that reads narrow
 * columns only ({@link SearchShape}); the text, and the score where it costs a read, of the rows
 * returned are read after. A word found in most articles then costs a sort of small rows, not a
 * read of every matching article's text.
 */
public final class ArticleSearch {

  private ArticleSearch() {}

  public static List<SearchHit> run(Connection connection, Dialect dialect, SearchQuery query)
      throws SQLException {
    List<String> words = QueryWords.of(query.text());
    SearchShape shape = dialect.search(!words.isEmpty());
    if (shape.settings().isEmpty()) {
      return execute(connection, dialect, query, words);
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      try (Statement statement = connection.createStatement()) {
        for (String setting : shape.settings()) {
          statement.execute(setting);
        }
      }
      List<SearchHit> hits = execute(connection, dialect, query, words);
      connection.commit();
      return hits;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * The SQL of {@code query} in {@code dialect} (for an EXPLAIN); its parameters are the full-text
   * query when {@code fullText}, then the filters' values in the order of {@link SearchQuery}, then
   * the limit. {@link SearchShape#settings} must run before it.
   */
  public static String sql(Dialect dialect, SearchQuery query, boolean fullText) {
    SearchShape shape = dialect.search(fullText);
    StringBuilder matches = new StringBuilder(shape.matches());
    matches.append(" AND f.removed = FALSE");
    query.source().ifPresent(s -> matches.append(" AND f.source_id = ?"));
    query
        .since()
        .ifPresent(s -> matches.append(" AND coalesce(f.published_at, f.fetched_at) >= ?"));
    query
        .entity()
        .ifPresent(
            e ->
                matches.append(
                    " AND EXISTS (SELECT 1 FROM article_entities e"
                        + " WHERE e.article_id = f.article_id AND e.canonical_match = ?)"));
    query
        .topic()
        .ifPresent(
            t ->
                matches.append(
                    " AND EXISTS (SELECT 1 FROM article_topics t"
                        + " WHERE t.article_id = f.article_id AND t.code = ?)"));
    matches.append(" ORDER BY f.published_at DESC NULLS LAST, f.article_id LIMIT ?");
    return "SELECT a.article_id, a.url, a.title, a.source_id, a.published_at, a.body, "
        + shape.score()
        + " AS score FROM ("
        + matches
        + ") top JOIN articles a ON "
        + shape.rowJoin()
        + " ORDER BY top.published_at DESC NULLS LAST, top.article_id";
  }

  private static List<SearchHit> execute(
      Connection connection, Dialect dialect, SearchQuery query, List<String> words)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(sql(dialect, query, !words.isEmpty()))) {
      Parameters p = Parameters.of(statement, dialect);
      if (!words.isEmpty()) {
        p.text(dialect.fullTextQuery(words));
      }
      if (query.source().isPresent()) {
        p.text(query.source().get());
      }
      if (query.since().isPresent()) {
        p.time(query.since().get().atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      if (query.entity().isPresent()) {
        p.text(QueryWords.matchKey(query.entity().get()));
      }
      if (query.topic().isPresent()) {
        p.text(query.topic().get());
      }
      p.integer(query.limit());
      return hits(statement, dialect, new LinkedHashSet<>(words));
    }
  }

  private static List<SearchHit> hits(
      PreparedStatement statement, Dialect dialect, LinkedHashSet<String> words)
      throws SQLException {
    List<SearchHit> hits = new ArrayList<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        hits.add(
            new SearchHit(
                row.getString("article_id"),
                row.getString("url"),
                row.getString("title"),
                Optional.ofNullable(row.getString("source_id")),
                Optional.ofNullable(dialect.getTime(row, "published_at")),
                SnippetBuilder.build(row.getString("body"), words),
                row.getDouble("score")));
      }
    }
    return hits;
  }
}
