package dev.akhbar.sink.internal;

import dev.akhbar.common.record.Article;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the article records that won ({@link VersionGuard#keeps}): a new article is inserted with
 * its tags; a stored one is updated and its entities, topics and keywords are replaced; a removed
 * one is marked, keeping the text and tags stored before (a removed page arrives without them); an
 * article that comes back from duplicates at a newer revision leaves that table. All of it in the
 * caller's transaction, so an article and its tags change together.
 */
final class ArticleRows {

  private static final List<String> DELETE_TAGS =
      List.of(
          "DELETE FROM article_entities WHERE article_id = ?",
          "DELETE FROM article_topics WHERE article_id = ?",
          "DELETE FROM article_keywords WHERE article_id = ?");

  private static final String MARK_REMOVED =
      "UPDATE articles SET removed = TRUE, change = ?, version = ?, dedup_revision = ?,"
          + " processed_at = ? WHERE article_id = ?";

  private static final String LEAVE_DUPLICATES = "DELETE FROM duplicates WHERE article_id = ?";

  private final Dialect dialect;
  private final BareInserts inserts;
  private final String update;

  ArticleRows(Dialect dialect, BareInserts inserts) {
    this.dialect = dialect;
    this.inserts = inserts;
    this.update =
        "UPDATE articles SET ("
            + String.join(", ", ArticleColumns.NAMES)
            + ") = ("
            + ArticleColumns.placeholders(dialect)
            + ") WHERE article_id = ?";
  }

  /** What a round decided to write to {@code articles}. */
  static final class Plan {
    final List<Article> inserts = new ArrayList<>();
    final List<Article> updates = new ArrayList<>();
    final List<Article> removals = new ArrayList<>();
    final List<String> leaveDuplicates = new ArrayList<>();

    int rows() {
      return inserts.size() + updates.size() + removals.size();
    }
  }

  void apply(Connection connection, Plan plan) throws SQLException {
    inserts.insertArticles(connection, plan.inserts);
    if (!plan.updates.isEmpty()) {
      try (PreparedStatement statement = connection.prepareStatement(update)) {
        for (Article a : plan.updates) {
          Parameters p = Parameters.of(statement, dialect);
          ArticleColumns.bind(p, a, false);
          p.text(a.articleId()).addBatch();
        }
        statement.executeBatch();
      }
      deleteTags(connection, plan.updates.stream().map(Article::articleId).toList());
    }
    List<Article> tagged = new ArrayList<>(plan.inserts);
    tagged.addAll(plan.updates);
    inserts.insertTags(connection, tagged);
    if (!plan.removals.isEmpty()) {
      try (PreparedStatement statement = connection.prepareStatement(MARK_REMOVED)) {
        for (Article a : plan.removals) {
          Parameters.of(statement, dialect)
              .text(a.change().wire())
              .integer(a.dedup().version())
              .integer(a.dedup().revision())
              .time(a.processedAt())
              .text(a.articleId())
              .addBatch();
        }
        statement.executeBatch();
      }
    }
    executeForEach(connection, LEAVE_DUPLICATES, plan.leaveDuplicates);
  }

  /** Deletes the entities, topics and keywords of {@code articleIds}. */
  static void deleteTags(Connection connection, List<String> articleIds) throws SQLException {
    for (String sql : DELETE_TAGS) {
      executeForEach(connection, sql, articleIds);
    }
  }

  /** Runs {@code sql}, whose one parameter is an article id, for each of {@code articleIds}. */
  static void executeForEach(Connection connection, String sql, List<String> articleIds)
      throws SQLException {
    if (articleIds.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (String id : articleIds) {
        statement.setString(1, id);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }
}
