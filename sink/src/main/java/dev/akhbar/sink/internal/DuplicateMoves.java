package dev.akhbar.sink.internal;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import dev.akhbar.sink.internal.StoreWrite.DuplicateWrite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the decisions that an article is a copy: duplicate records, and article records with
 * {@code change=demoted}. Both move the article out of {@code articles} (with its tags) into {@code
 * duplicates}.
 *
 * <p>The processor publishes a demotion twice, as a demoted article record and as a duplicate
 * record of the same revision; the sink may see either first. Decisions are ordered by revision; at
 * equal revisions a copy beats an original and the duplicate record (which carries the method and
 * similarity) beats the demoted article record. Each statement applies its record only when it is
 * at least the stored decision, so the result is the same in any order and the same when a record
 * is applied twice.
 */
final class DuplicateMoves {

  private static final String LEAVE_ARTICLES =
      "DELETE FROM articles WHERE article_id = ? AND dedup_revision <= ?";

  private static final String ORPHANED =
      " NOT EXISTS (SELECT 1 FROM articles WHERE article_id = ?)";

  private static final List<String> DELETE_ORPHANED_TAGS =
      List.of(
          "DELETE FROM article_entities WHERE article_id = ? AND" + ORPHANED,
          "DELETE FROM article_topics WHERE article_id = ? AND" + ORPHANED,
          "DELETE FROM article_keywords WHERE article_id = ? AND" + ORPHANED);

  private static final String INSERT =
      "INSERT INTO duplicates (article_id, duplicate_of, method, similarity, matched_by, url,"
          + " source_id, title, published_at, revision, processed_at)"
          + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
          + " WHERE NOT EXISTS"
          + " (SELECT 1 FROM articles WHERE article_id = ? AND dedup_revision > ?)"
          + " ON CONFLICT (article_id) DO UPDATE SET duplicate_of = excluded.duplicate_of,"
          + " method = excluded.method, similarity = excluded.similarity,"
          + " matched_by = excluded.matched_by, url = excluded.url,"
          + " source_id = excluded.source_id, title = excluded.title,"
          + " published_at = excluded.published_at, revision = excluded.revision,"
          + " processed_at = excluded.processed_at";

  private static final String FROM_DUPLICATE_RECORD =
      INSERT + " WHERE duplicates.revision <= excluded.revision";

  /** A demoted article record fills only what a duplicate record of its revision has not. */
  private static final String FROM_DEMOTED_ARTICLE =
      INSERT
          + " WHERE duplicates.revision < excluded.revision"
          + " OR (duplicates.revision = excluded.revision AND duplicates.method IS NULL)";

  private final Dialect dialect;

  DuplicateMoves(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Applies demoted article records and duplicate records, at most one of each per article, and
   * returns how many changed a row of {@code duplicates}.
   */
  int apply(Connection connection, List<ArticleWrite> demoted, List<DuplicateWrite> duplicates)
      throws SQLException {
    if (demoted.isEmpty() && duplicates.isEmpty()) {
      return 0;
    }
    leaveArticles(connection, demoted, duplicates);
    int changed = 0;
    if (!duplicates.isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement(FROM_DUPLICATE_RECORD)) {
        for (DuplicateWrite w : duplicates) {
          Duplicate d = w.duplicate();
          Parameters.of(insert, dialect)
              .text(d.articleId())
              .text(d.duplicateOf())
              .text(d.method().wire())
              .real(d.similarity())
              .text(d.matchedBy())
              .text(d.url())
              .text(d.sourceId())
              .text(d.title())
              .time(d.publishedAt())
              .integer(d.revision())
              .time(d.processedAt())
              .text(d.articleId())
              .integer(d.revision())
              .addBatch();
        }
        changed += BatchCounts.changed(insert.executeBatch());
      }
    }
    if (!demoted.isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement(FROM_DEMOTED_ARTICLE)) {
        for (ArticleWrite w : demoted) {
          Article a = w.article();
          String title =
              a.normalized() != null && a.normalized().titleDisplay() != null
                  ? a.normalized().titleDisplay()
                  : a.title();
          Parameters.of(insert, dialect)
              .text(a.articleId())
              .text(a.dedup().clusterId())
              .text(null)
              .optionalReal(null)
              .text(null)
              .text(a.url())
              .text(a.sourceId())
              .text(title)
              .time(a.publishedAt())
              .integer(w.revision())
              .time(a.processedAt())
              .text(a.articleId())
              .integer(w.revision())
              .addBatch();
        }
        changed += BatchCounts.changed(insert.executeBatch());
      }
    }
    return changed;
  }

  private void leaveArticles(
      Connection connection, List<ArticleWrite> demoted, List<DuplicateWrite> duplicates)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(LEAVE_ARTICLES)) {
      for (ArticleWrite w : demoted) {
        delete.setString(1, w.key());
        delete.setInt(2, w.revision());
        delete.addBatch();
      }
      for (DuplicateWrite w : duplicates) {
        delete.setString(1, w.key());
        delete.setInt(2, w.duplicate().revision());
        delete.addBatch();
      }
      delete.executeBatch();
    }
    for (String sql : DELETE_ORPHANED_TAGS) {
      try (PreparedStatement delete = connection.prepareStatement(sql)) {
        for (ArticleWrite w : demoted) {
          delete.setString(1, w.key());
          delete.setString(2, w.key());
          delete.addBatch();
        }
        for (DuplicateWrite w : duplicates) {
          delete.setString(1, w.key());
          delete.setString(2, w.key());
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
  }
}
