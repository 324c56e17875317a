package dev.akhbar.sink.internal;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.EntityMention;
import dev.akhbar.common.record.Keyword;
import dev.akhbar.common.record.Rejected;
import dev.akhbar.common.record.TopicTag;
import dev.akhbar.common.url.ArticleId;
import java.util.Objects;

/**
 * One record to apply to the store, checked against the contract: a record that does not hold what
 * its table needs cannot be constructed ({@link IllegalArgumentException} with the reason), so the
 * consumer sends it to the dead-letter topic instead of writing it.
 */
public sealed interface StoreWrite {

  /**
   * What identifies the row this record writes, within its kind; records with equal keys are
   * applied in their order.
   */
  String key();

  /** An article record: stored as an original, marked removed, or moved to duplicates. */
  record ArticleWrite(Article article) implements StoreWrite {

    /** Where an article record puts the article. */
    public enum Placement {
      /** In articles, with its text and tags. */
      ORIGINAL,
      /** In articles, marked removed; the text and tags stored before are kept. */
      REMOVED,
      /** Out of articles, into duplicates: a later arrival is the earlier original. */
      DEMOTED
    }

    public ArticleWrite {
      Objects.requireNonNull(article, "article");
      requireArticleId(article.articleId(), "article_id");
      require(article.url() != null && !article.url().isBlank(), "url is missing");
      require(article.title() != null, "title is missing");
      require(article.body() != null, "body is missing");
      require(article.change() != null, "change is missing");
      require(article.dedup() != null, "dedup is missing");
      require(article.dedup().version() >= 1, "dedup.version must be at least 1");
      require(article.dedup().revision() >= 0, "dedup.revision must not be negative");
      require(
          article.change() != Change.DEMOTED
              || (article.dedup().clusterId() != null && !article.dedup().clusterId().isBlank()),
          "a demoted article needs dedup.cluster_id, the id of its original");
      for (EntityMention e : article.tags().entities()) {
        require(e != null && e.type() != null && e.text() != null, "an entity lacks type or text");
      }
      for (TopicTag t : article.tags().topics()) {
        require(t != null && t.code() != null && !t.code().isBlank(), "a topic lacks its code");
      }
      for (Keyword k : article.tags().keywords()) {
        require(k != null && k.term() != null && !k.term().isBlank(), "a keyword lacks its term");
      }
    }

    @Override
    public String key() {
      return article.articleId();
    }

    public Placement placement() {
      if (article.change() == Change.DEMOTED) {
        return Placement.DEMOTED;
      }
      return ArticleColumns.isRemoved(article) ? Placement.REMOVED : Placement.ORIGINAL;
    }

    public int version() {
      return article.dedup().version();
    }

    public int revision() {
      return article.dedup().revision();
    }
  }

  /** A duplicate record: the copy goes to duplicates (and leaves articles if it was there). */
  record DuplicateWrite(Duplicate duplicate) implements StoreWrite {
    public DuplicateWrite {
      Objects.requireNonNull(duplicate, "duplicate");
      requireArticleId(duplicate.articleId(), "article_id");
      require(
          duplicate.duplicateOf() != null && !duplicate.duplicateOf().isBlank(),
          "duplicate_of is missing");
      require(duplicate.method() != null, "method is missing");
      require(duplicate.revision() >= 0, "revision must not be negative");
    }

    @Override
    public String key() {
      return duplicate.articleId();
    }
  }

  /** A rejected record: one row per article, the newest rejection wins. */
  record RejectedWrite(Rejected rejected) implements StoreWrite {
    public RejectedWrite {
      Objects.requireNonNull(rejected, "rejected");
      requireArticleId(rejected.articleId(), "article_id");
      require(rejected.reason() != null, "reason is missing");
    }

    @Override
    public String key() {
      return rejected.articleId();
    }
  }

  /** A dead letter: one row per failure, however often it is delivered. */
  record DeadLetterWrite(DeadLetter deadLetter) implements StoreWrite {
    public DeadLetterWrite {
      Objects.requireNonNull(deadLetter, "deadLetter");
      require(deadLetter.stage() != null && !deadLetter.stage().isBlank(), "stage is missing");
    }

    /**
     * The row's id: a SHA-256 of where the record came from and what it held, so that a failure
     * delivered twice (a stage that crashed after sending it) is one row. The time and message are
     * left out: they differ between two reports of the same failure.
     */
    @Override
    public String key() {
      DeadLetter d = deadLetter;
      String identity =
          String.join(
              "\u0000",
              d.stage(),
              String.valueOf(d.sourceTopic()),
              String.valueOf(d.partition()),
              String.valueOf(d.offset()),
              String.valueOf(d.inputLine()),
              String.valueOf(d.originalBase64()));
      return ArticleId.sha256Hex(identity);
    }
  }

  private static void requireArticleId(String id, String field) {
    require(id != null, field + " is missing");
    require(ArticleId.isValid(id), field + " is not 64 lowercase hex digits");
  }

  private static void require(boolean condition, String reason) {
    if (!condition) {
      throw new IllegalArgumentException(reason);
    }
  }
}
