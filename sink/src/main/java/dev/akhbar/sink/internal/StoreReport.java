package dev.akhbar.sink.internal;

import dev.akhbar.sink.StoreSummary;
import dev.akhbar.sink.StoreSummary.EntityCount;
import dev.akhbar.sink.StoreSummary.TopicCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Counts what the store holds, for {@link StoreSummary}. */
public final class StoreReport {

  private static final String ARTICLES =
      "SELECT count(*), count(*) FILTER (WHERE removed) FROM articles";

  private static final String TOP_ENTITIES =
      "SELECT e.canonical, e.type, count(DISTINCT e.article_id) AS n"
          + " FROM article_entities e JOIN articles a ON a.article_id = e.article_id"
          + " WHERE a.removed = FALSE"
          + " GROUP BY e.canonical, e.type ORDER BY n DESC, e.canonical, e.type LIMIT ?";

  private static final String TOP_TOPICS =
      "SELECT t.code, count(*) AS n"
          + " FROM article_topics t JOIN articles a ON a.article_id = t.article_id"
          + " WHERE a.removed = FALSE"
          + " GROUP BY t.code ORDER BY n DESC, t.code LIMIT ?";

  private StoreReport() {}

  public static StoreSummary summarize(Connection connection, int top) throws SQLException {
    long articles;
    long removed;
    try (PreparedStatement statement = connection.prepareStatement(ARTICLES);
        ResultSet row = statement.executeQuery()) {
      row.next();
      articles = row.getLong(1);
      removed = row.getLong(2);
    }
    List<EntityCount> entities = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(TOP_ENTITIES)) {
      statement.setInt(1, top);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          entities.add(new EntityCount(row.getString(1), row.getString(2), row.getLong(3)));
        }
      }
    }
    List<TopicCount> topics = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(TOP_TOPICS)) {
      statement.setInt(1, top);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          topics.add(new TopicCount(row.getString(1), row.getLong(2)));
        }
      }
    }
    return new StoreSummary(
        articles,
        removed,
        count(connection, "duplicates"),
        count(connection, "rejected"),
        count(connection, "dead_letters"),
        entities,
        topics);
  }

  private static long count(Connection connection, String table) throws SQLException {
    // The table name is one of three constants above, never input.
    try (PreparedStatement statement =
            connection.prepareStatement("SELECT count(*) FROM " + table);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
