package dev.akhbar.sink.internal;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.Keyword;
import dev.akhbar.common.record.TopicTag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Plain batched INSERTs of articles and their tags, with none of the sink's guards: what the store
 * can take at most, against which the benchmark measures the sink. Same tables, same columns, same
 * bound values as the sink writes, so the same indexes and triggers do the same work.
 */
public final class BareInserts {

  private static final String INSERT_ENTITY =
      "INSERT INTO article_entities (article_id, ordinal, type, text, field, start_offset,"
          + " end_offset, canonical, canonical_match, country_code)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_TOPIC =
      "INSERT INTO article_topics (article_id, code, label_ar, label_en, score)"
          + " VALUES (?, ?, ?, ?, ?)";
  private static final String INSERT_KEYWORD =
      "INSERT INTO article_keywords (article_id, term, score) VALUES (?, ?, ?)";

  private final Dialect dialect;
  private final String insertArticle;

  public BareInserts(Dialect dialect) {
    this.dialect = dialect;
    this.insertArticle =
        "INSERT INTO articles ("
            + String.join(", ", ArticleColumns.NAMES)
            + ") VALUES ("
            + ArticleColumns.placeholders(dialect)
            + ")";
  }

  /** Inserts {@code articles}, none of which may be stored yet, in the caller's transaction. */
  public void insert(Connection connection, List<Article> articles) throws SQLException {
    try (PreparedStatement article = connection.prepareStatement(insertArticle);
        PreparedStatement entity = connection.prepareStatement(INSERT_ENTITY);
        PreparedStatement topic = connection.prepareStatement(INSERT_TOPIC);
        PreparedStatement keyword = connection.prepareStatement(INSERT_KEYWORD)) {
      boolean anyEntity = false;
      boolean anyTopic = false;
      boolean anyKeyword = false;
      for (Article a : articles) {
        Parameters p = Parameters.of(article, dialect);
        ArticleColumns.bind(p, a, a.removed());
        p.addBatch();
        List<EntityMention> entities = a.tags().entities();
        for (int i = 0; i < entities.size(); i++) {
          EntityMention e = entities.get(i);
          String canonical = e.canonical() != null ? e.canonical() : e.text();
          Parameters.of(entity, dialect)
              .text(a.articleId())
              .integer(i)
              .text(e.type().name())
              .text(e.text())
              .text(e.field() == null ? null : e.field().wire())
              .integer(e.start())
              .integer(e.end())
              .text(canonical)
              .text(QueryWords.matchKey(canonical))
              .text(e.countryCode())
              .addBatch();
          anyEntity = true;
        }
        for (TopicTag t : a.tags().topics()) {
          Parameters.of(topic, dialect)
              .text(a.articleId())
              .text(t.code())
              .text(t.labelAr())
              .text(t.labelEn())
              .real(t.score())
              .addBatch();
          anyTopic = true;
        }
        for (Keyword k : a.tags().keywords()) {
          Parameters.of(keyword, dialect)
              .text(a.articleId())
              .text(k.term())
              .real(k.score())
              .addBatch();
          anyKeyword = true;
        }
      }
      article.executeBatch();
      if (anyEntity) {
        entity.executeBatch();
      }
      if (anyTopic) {
        topic.executeBatch();
      }
      if (anyKeyword) {
        keyword.executeBatch();
      }
    }
  }
}
