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
 * Plain batched INSERTs of new articles and their tags. The sink writes an article it has not
 * stored before this way, and the benchmark's bare loader writes every article this way: so the
 * sink's common case costs what the store's own bulk load costs.
 */
public final class BareInserts {

  // A tag list may repeat an entry (the same topic twice): the first is kept.
  private static final String INSERT_ENTITY =
      "INSERT INTO article_entities (article_id, ordinal, type, text, field, start_offset,"
          + " end_offset, canonical, canonical_match, country_code)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  private static final String INSERT_TOPIC =
      "INSERT INTO article_topics (article_id, code, label_ar, label_en, score)"
          + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
  private static final String INSERT_KEYWORD =
      "INSERT INTO article_keywords (article_id, term, score) VALUES (?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

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

  /** Inserts {@code articles}, none of which may be stored yet, with their tags. */
  public void insert(Connection connection, List<Article> articles) throws SQLException {
    insertArticles(connection, articles);
    insertTags(connection, articles);
  }

  /** Inserts the rows of {@code articles}, none of which may be stored yet. */
  void insertArticles(Connection connection, List<Article> articles) throws SQLException {
    if (articles.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(insertArticle)) {
      for (Article a : articles) {
        Parameters p = Parameters.of(insert, dialect);
        ArticleColumns.bind(p, a, ArticleColumns.isRemoved(a));
        p.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** Inserts the entities, topics and keywords of {@code articles}, which have none stored. */
  void insertTags(Connection connection, List<Article> articles) throws SQLException {
    try (PreparedStatement entity = connection.prepareStatement(INSERT_ENTITY);
        PreparedStatement topic = connection.prepareStatement(INSERT_TOPIC);
        PreparedStatement keyword = connection.prepareStatement(INSERT_KEYWORD)) {
      int entities = 0;
      int topics = 0;
      int keywords = 0;
      for (Article a : articles) {
        List<EntityMention> mentions = a.tags().entities();
        for (int i = 0; i < mentions.size(); i++) {
          EntityMention e = mentions.get(i);
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
          entities++;
        }
        for (TopicTag t : a.tags().topics()) {
          Parameters.of(topic, dialect)
              .text(a.articleId())
              .text(t.code())
              .text(t.labelAr())
              .text(t.labelEn())
              .real(t.score())
              .addBatch();
          topics++;
        }
        for (Keyword k : a.tags().keywords()) {
          Parameters.of(keyword, dialect)
              .text(a.articleId())
              .text(k.term())
              .real(k.score())
              .addBatch();
          keywords++;
        }
      }
      if (entities > 0) {
        entity.executeBatch();
      }
      if (topics > 0) {
        topic.executeBatch();
      }
      if (keywords > 0) {
        keyword.executeBatch();
      }
    }
  }
}
