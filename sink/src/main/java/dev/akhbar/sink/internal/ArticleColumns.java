package dev.akhbar.sink.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.akhbar.common.json.AkhbarJson;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.NormalizedText;
import dev.akhbar.text.Normalized;
import dev.akhbar.text.Normalizer;
import java.sql.SQLException;
import java.util.List;

/**
 * The columns of {@code articles} and how an article record fills them. The text columns hold the
 * display form ({@code title}, {@code body}: what a reader sees) and the match form ({@code
 * title_match}, {@code body_match}: what search compares); a record without its normalized forms
 * (an older processor) gets them computed here, the same way.
 */
final class ArticleColumns {

  /** Every column, in the order {@link #bind} binds them. */
  static final List<String> NAMES =
      List.of(
          "article_id",
          "source_id",
          "url",
          "canonical_url",
          "title",
          "body",
          "title_match",
          "body_match",
          "published_at",
          "modified_at",
          "fetched_at",
          "language",
          "version",
          "dedup_revision",
          "cluster_id",
          "copies",
          "change",
          "removed",
          "section",
          "authors",
          "image_url",
          "extraction_method",
          "dateline",
          "dateline_location",
          "processed_at");

  private ArticleColumns() {}

  /** {@code ?, ?, …} for every column, with the JSON column cast as the dialect needs. */
  static String placeholders(Dialect dialect) {
    StringBuilder sql = new StringBuilder();
    for (String name : NAMES) {
      if (sql.length() > 0) {
        sql.append(", ");
      }
      sql.append(name.equals("authors") ? dialect.jsonParameter() : "?");
    }
    return sql.toString();
  }

  /** Whether the article is to be marked removed: the source answers 404 or 410 for it now. */
  static boolean isRemoved(Article article) {
    return article.removed() || article.change() == Change.REMOVED;
  }

  /** Binds every column of {@code article}, in the order of {@link #NAMES}. */
  static void bind(Parameters p, Article article, boolean removed) throws SQLException {
    Texts texts = Texts.of(article);
    p.text(article.articleId())
        .text(article.sourceId())
        .text(article.url())
        .text(article.canonicalUrl())
        .text(texts.title.display())
        .text(texts.body.display())
        .text(texts.title.match())
        .text(texts.body.match())
        .time(article.publishedAt())
        .time(article.modifiedAt())
        .time(article.fetchedAt())
        .text(article.language())
        .integer(article.dedup().version())
        .integer(article.dedup().revision())
        .text(article.dedup().clusterId())
        .integer(article.dedup().copies())
        .text(article.change().wire())
        .flag(removed)
        .text(article.section())
        .text(json(article.authors()))
        .text(article.imageUrl())
        .text(article.extractionMethod() == null ? null : article.extractionMethod().wire())
        .text(article.tags().dateline() == null ? null : article.tags().dateline().text())
        .text(article.tags().dateline() == null ? null : article.tags().dateline().location())
        .time(article.processedAt());
  }

  private static String json(List<String> values) {
    try {
      return AkhbarJson.mapper().writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings is always JSON", e);
    }
  }

  /** The two forms of title and body, from the record or computed when it lacks them. */
  private record Texts(Forms title, Forms body) {
    static Texts of(Article article) {
      NormalizedText n = article.normalized();
      return new Texts(
          form(
              article.title(),
              n == null ? null : n.titleDisplay(),
              n == null ? null : n.titleMatch()),
          form(
              article.body(),
              n == null ? null : n.bodyDisplay(),
              n == null ? null : n.bodyMatch()));
    }

    private static Forms form(String raw, String display, String match) {
      if (display != null && match != null) {
        return new Forms(display, match);
      }
      Normalized computed = Normalizer.defaults().normalize(raw);
      return new Forms(
          display != null ? display : computed.display(), match != null ? match : computed.match());
    }
  }

  /** The display and match form of one text. */
  private record Forms(String display, String match) {}
}
