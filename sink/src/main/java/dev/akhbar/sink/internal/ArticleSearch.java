package dev.akhbar.sink.internal;

import dev.akhbar.sink.SearchHit;
import dev.akhbar.sink.SearchQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link SearchQuery}: the full-text condition of the dialect, the filters, newest first
 * (articles without a date last, then by id so that the order is stable), and a snippet per hit.
 * Every value is a bound parameter.
 */
public final class ArticleSearch {

  private ArticleSearch() {}

  public static List<SearchHit> run(Connection connection, Dialect dialect, SearchQuery query)
      throws SQLException {
    List<String> words = QueryWords.of(query.text());
    StringBuilder sql = new StringBuilder(dialect.searchSelect(!words.isEmpty()));
    sql.append(" AND a.removed = FALSE");
    query.source().ifPresent(s -> sql.append(" AND a.source_id = ?"));
    query.since().ifPresent(s -> sql.append(" AND coalesce(a.published_at, a.fetched_at) >= ?"));
    query
        .entity()
        .ifPresent(
            e ->
                sql.append(
                    " AND EXISTS (SELECT 1 FROM article_entities e"
                        + " WHERE e.article_id = a.article_id AND e.canonical_match = ?)"));
    query
        .topic()
        .ifPresent(
            t ->
                sql.append(
                    " AND EXISTS (SELECT 1 FROM article_topics t"
                        + " WHERE t.article_id = a.article_id AND t.code = ?)"));
    sql.append(" ORDER BY a.published_at DESC NULLS LAST, a.article_id LIMIT ?");

    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
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
