package dev.akhbar.sink.internal;

import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.Keyword;
import dev.akhbar.common.record.TopicTag;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes article records that keep the article in {@code articles}: originals with their tags, and
 * removed ones (marked, text and tags kept).
 *
 * <p>The version guard: a record is applied when its {@code (dedup_revision, version)} is at least
 * the stored row's, so an older record never overwrites a newer one and the same record applied
 * twice leaves the same row; and only when {@code duplicates} holds no decision of the same or a
 * newer revision (at equal revisions, "copy" wins over "original", whichever arrives first).
 *
 * <p>Entities, topics and keywords are replaced only when the row now holds this record's version
 * and revision, so a stale record leaves them alone; all of it runs in the caller's transaction.
 */
final class ArticleUpserts {

  private static final String GUARD =
      " WHERE (excluded.dedup_revision, excluded.version)"
          + " >= (articles.dedup_revision, articles.version)";

  private static final String NO_NEWER_COPY =
      " WHERE NOT EXISTS" + " (SELECT 1 FROM duplicates WHERE article_id = ? AND revision >= ?)";

  /** Holds for the rest of the transaction when this record's upsert won. */
  private static final String ROW_IS_THIS_VERSION =
      " EXISTS (SELECT 1 FROM articles"
          + " WHERE article_id = ? AND version = ? AND dedup_revision = ?)";

  private static final String DELETE_ENTITIES =
      "DELETE FROM article_entities WHERE article_id = ? AND" + ROW_IS_THIS_VERSION;
  private static final String DELETE_TOPICS =
      "DELETE FROM article_topics WHERE article_id = ? AND" + ROW_IS_THIS_VERSION;
  private static final String DELETE_KEYWORDS =
      "DELETE FROM article_keywords WHERE article_id = ? AND" + ROW_IS_THIS_VERSION;

  // Repeated entries of one list (the same topic code twice) keep the first.
  private static final String INSERT_ENTITY =
      "INSERT INTO article_entities (article_id, ordinal, type, text, field, start_offset,"
          + " end_offset, canonical, canonical_match, country_code)"
          + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE"
          + ROW_IS_THIS_VERSION
          + " ON CONFLICT (article_id, ordinal) DO NOTHING";
  private static final String INSERT_TOPIC =
      "INSERT INTO article_topics (article_id, code, label_ar, label_en, score)"
          + " SELECT ?, ?, ?, ?, ? WHERE"
          + ROW_IS_THIS_VERSION
          + " ON CONFLICT (article_id, code) DO NOTHING";
  private static final String INSERT_KEYWORD =
      "INSERT INTO article_keywords (article_id, term, score)"
          + " SELECT ?, ?, ? WHERE"
          + ROW_IS_THIS_VERSION
          + " ON CONFLICT (article_id, term) DO NOTHING";

  /** An original of a newer revision than the copy decision stored for it: it leaves duplicates. */
  private static final String DELETE_OLDER_COPY =
      "DELETE FROM duplicates WHERE article_id = ? AND revision < ? AND" + ROW_IS_THIS_VERSION;

  private final Dialect dialect;
  private final String upsertOriginal;
  private final String upsertRemoved;

  ArticleUpserts(Dialect dialect) {
    this.dialect = dialect;
    String columns = String.join(", ", ArticleColumns.NAMES);
    String insert =
        "INSERT INTO articles ("
            + columns
            + ") SELECT "
            + ArticleColumns.placeholders(dialect)
            + NO_NEWER_COPY
            + " ON CONFLICT (article_id) DO UPDATE SET ";
    this.upsertOriginal =
        insert
            + ArticleColumns.NAMES.stream()
                .filter(c -> !c.equals("article_id"))
                .map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", "))
            + GUARD;
    // A removed page usually arrives without its text: keep what was stored.
    this.upsertRemoved =
        insert
            + "removed = TRUE, change = excluded.change, version = excluded.version,"
            + " dedup_revision = excluded.dedup_revision, processed_at = excluded.processed_at"
            + GUARD;
  }

  /**
   * Applies {@code writes}, at most one per article, and returns how many changed their row.
   *
   * @param writes records whose placement is ORIGINAL or REMOVED
   */
  int apply(Connection connection, List<ArticleWrite> writes) throws SQLException {
    if (writes.isEmpty()) {
      return 0;
    }
    int changed = upsert(connection, writes);
    replaceTags(connection, writes);
    try (PreparedStatement delete = connection.prepareStatement(DELETE_OLDER_COPY)) {
      for (ArticleWrite w : writes) {
        Parameters.of(delete, dialect).text(w.key()).integer(w.revision());
        bindThisVersion(delete, 3, w);
        delete.addBatch();
      }
      delete.executeBatch();
    }
    return changed;
  }

  private int upsert(Connection connection, List<ArticleWrite> writes) throws SQLException {
    int changed = 0;
    try (PreparedStatement original = connection.prepareStatement(upsertOriginal);
        PreparedStatement removed = connection.prepareStatement(upsertRemoved)) {
      boolean anyOriginal = false;
      boolean anyRemoved = false;
      for (ArticleWrite w : writes) {
        boolean isRemoved = w.placement() == ArticleWrite.Placement.REMOVED;
        PreparedStatement statement = isRemoved ? removed : original;
        Parameters p = Parameters.of(statement, dialect);
        ArticleColumns.bind(p, w.article(), isRemoved);
        p.text(w.key()).integer(w.revision()).addBatch();
        anyOriginal |= !isRemoved;
        anyRemoved |= isRemoved;
      }
      if (anyOriginal) {
        changed += BatchCounts.changed(original.executeBatch());
      }
      if (anyRemoved) {
        changed += BatchCounts.changed(removed.executeBatch());
      }
    }
    return changed;
  }

  private void replaceTags(Connection connection, List<ArticleWrite> writes) throws SQLException {
    List<ArticleWrite> originals =
        writes.stream().filter(w -> w.placement() == ArticleWrite.Placement.ORIGINAL).toList();
    if (originals.isEmpty()) {
      return;
    }
    for (String sql : List.of(DELETE_ENTITIES, DELETE_TOPICS, DELETE_KEYWORDS)) {
      try (PreparedStatement delete = connection.prepareStatement(sql)) {
        for (ArticleWrite w : originals) {
          delete.setString(1, w.key());
          bindThisVersion(delete, 2, w);
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
    insertEntities(connection, originals);
    insertTopics(connection, originals);
    insertKeywords(connection, originals);
  }

  private void insertEntities(Connection connection, List<ArticleWrite> originals)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTITY)) {
      boolean any = false;
      for (ArticleWrite w : originals) {
        List<EntityMention> entities = w.article().tags().entities();
        for (int i = 0; i < entities.size(); i++) {
          EntityMention e = entities.get(i);
          String canonical = e.canonical() != null ? e.canonical() : e.text();
          Parameters.of(insert, dialect)
              .text(w.key())
              .integer(i)
              .text(e.type().name())
              .text(e.text())
              .text(e.field() == null ? null : e.field().wire())
              .integer(e.start())
              .integer(e.end())
              .text(canonical)
              .text(QueryWords.matchKey(canonical))
              .text(e.countryCode());
          bindThisVersion(insert, 11, w);
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  private void insertTopics(Connection connection, List<ArticleWrite> originals)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_TOPIC)) {
      boolean any = false;
      for (ArticleWrite w : originals) {
        for (TopicTag t : w.article().tags().topics()) {
          Parameters.of(insert, dialect)
              .text(w.key())
              .text(t.code())
              .text(t.labelAr())
              .text(t.labelEn())
              .real(t.score());
          bindThisVersion(insert, 6, w);
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  private void insertKeywords(Connection connection, List<ArticleWrite> originals)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_KEYWORD)) {
      boolean any = false;
      for (ArticleWrite w : originals) {
        for (Keyword k : w.article().tags().keywords()) {
          Parameters.of(insert, dialect).text(w.key()).text(k.term()).real(k.score());
          bindThisVersion(insert, 4, w);
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  private static void bindThisVersion(PreparedStatement statement, int first, ArticleWrite w)
      throws SQLException {
    statement.setString(first, w.key());
    statement.setInt(first + 1, w.version());
    statement.setInt(first + 2, w.revision());
  }
}
