package dev.akhbar.sink.internal;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Duplicate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the decisions that an article is a copy that won ({@link VersionGuard#copies}): the
 * article leaves {@code articles} with its tags, and its row of {@code duplicates} is written from
 * the duplicate record, or, while only the demoted article record has arrived, from that (without
 * method and similarity, which the duplicate record fills in later).
 */
final class CopyRows {

  private static final String LEAVE_ARTICLES = "DELETE FROM articles WHERE article_id = ?";

  private static final String UPSERT =
      "INSERT INTO duplicates (article_id, duplicate_of, method, similarity, matched_by, url,"
          + " source_id, title, published_at, revision, processed_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (article_id) DO UPDATE SET duplicate_of = excluded.duplicate_of,"
          + " method = excluded.method, similarity = excluded.similarity,"
          + " matched_by = excluded.matched_by, url = excluded.url,"
          + " source_id = excluded.source_id, title = excluded.title,"
          + " published_at = excluded.published_at, revision = excluded.revision,"
          + " processed_at = excluded.processed_at";

  private final Dialect dialect;

  CopyRows(Dialect dialect) {
    this.dialect = dialect;
  }

  /** A row of {@code duplicates} to write. */
  record Row(
      String articleId,
      String duplicateOf,
      String method,
      Double similarity,
      String matchedBy,
      String url,
      String sourceId,
      String title,
      Instant publishedAt,
      int revision,
      Instant processedAt) {

    static Row of(Duplicate d) {
      return new Row(
          d.articleId(),
          d.duplicateOf(),
          d.method().wire(),
          d.similarity(),
          d.matchedBy(),
          d.url(),
          d.sourceId(),
          d.title(),
          d.publishedAt(),
          d.revision(),
          d.processedAt());
    }

    /** The row of a demoted article, until its duplicate record brings method and similarity. */
    static Row of(Article a) {
      String title =
          a.normalized() != null && a.normalized().titleDisplay() != null
              ? a.normalized().titleDisplay()
              : a.title();
      return new Row(
          a.articleId(),
          a.dedup().clusterId(),
          null,
          null,
          null,
          a.url(),
          a.sourceId(),
          title,
          a.publishedAt(),
          a.dedup().revision(),
          a.processedAt());
    }
  }

  /** What a round decided to write to {@code duplicates}, in the order decided. */
  static final class Plan {
    final List<String> leaveArticles = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
  }

  void apply(Connection connection, Plan plan) throws SQLException {
    ArticleRows.executeForEach(connection, LEAVE_ARTICLES, plan.leaveArticles);
    ArticleRows.deleteTags(connection, plan.leaveArticles);
    if (plan.rows.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      for (Row r : plan.rows) {
        Parameters.of(upsert, dialect)
            .text(r.articleId())
            .text(r.duplicateOf())
            .text(r.method())
            .optionalReal(r.similarity())
            .text(r.matchedBy())
            .text(r.url())
            .text(r.sourceId())
            .text(r.title())
            .time(r.publishedAt())
            .integer(r.revision())
            .time(r.processedAt())
            .addBatch();
      }
      upsert.executeBatch();
    }
  }
}
