package dev.akhbar.sink.internal;

import static dev.akhbar.sink.Fixtures.deadLetter;
import static dev.akhbar.sink.Fixtures.demoted;
import static dev.akhbar.sink.Fixtures.duplicate;
import static dev.akhbar.sink.Fixtures.id;
import static dev.akhbar.sink.Fixtures.original;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.DedupInfo;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.sink.Fixtures.Story;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import dev.akhbar.sink.internal.StoreWrite.DeadLetterWrite;
import dev.akhbar.sink.internal.StoreWrite.DuplicateWrite;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoreWriteTest {

  private static final Instant T = Instant.parse("2024-05-01T00:00:00Z");
  private final Article article = original(id(1), Story.CUP_FINAL, T);

  @Test
  void placesAnArticleByItsChange() {
    assertThat(new ArticleWrite(article).placement()).isEqualTo(ArticleWrite.Placement.ORIGINAL);
    assertThat(new ArticleWrite(demoted(article, id(2), 1)).placement())
        .isEqualTo(ArticleWrite.Placement.DEMOTED);
    assertThat(new ArticleWrite(withChange(article, Change.REMOVED)).placement())
        .isEqualTo(ArticleWrite.Placement.REMOVED);
  }

  @Test
  void refusesAnArticleIdThatIsNotAHash() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ArticleWrite(withId(article, "ABC")))
        .withMessage("article_id is not 64 lowercase hex digits");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ArticleWrite(withId(article, id(1).toUpperCase())))
        .withMessage("article_id is not 64 lowercase hex digits");
  }

  @Test
  void refusesAnArticleWithoutItsDedupState() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ArticleWrite(article.withDedup(null, Change.NEW, T)))
        .withMessage("dedup is missing");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new ArticleWrite(article.withDedup(new DedupInfo(id(1), 0, 0, 0), Change.NEW, T)))
        .withMessage("dedup.version must be at least 1");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ArticleWrite(
                    article.withDedup(new DedupInfo(null, 1, 1, 0), Change.DEMOTED, T)))
        .withMessageContaining("a demoted article needs dedup.cluster_id");
  }

  @Test
  void refusesADuplicateWithoutItsOriginalOrMethod() {
    Duplicate d = duplicate(article, id(2), 1);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new DuplicateWrite(
                    new Duplicate(
                        d.articleId(), null, d.method(), 1, null, null, null, null, null, 1, T)))
        .withMessage("duplicate_of is missing");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new DuplicateWrite(
                    new Duplicate(
                        d.articleId(), id(2), null, 1, null, null, null, null, null, 1, T)))
        .withMessage("method is missing");
  }

  @Test
  void theSameFailureReportedTwiceHasOneKey() {
    DeadLetter first = deadLetter("akhbar.raw.v1", 3, 99, T);
    DeadLetter later =
        new DeadLetter(
            first.stage(),
            first.errorClass(),
            "another wording",
            first.sourceTopic(),
            first.partition(),
            first.offset(),
            null,
            first.originalBase64(),
            T.plusSeconds(60));
    DeadLetter elsewhere = deadLetter("akhbar.raw.v1", 3, 100, T);

    assertThat(new DeadLetterWrite(first).key())
        .isEqualTo(new DeadLetterWrite(later).key())
        .isNotEqualTo(new DeadLetterWrite(elsewhere).key())
        .hasSize(64);
  }

  static Article withChange(Article a, Change change) {
    return a.withDedup(a.dedup(), change, a.processedAt());
  }

  static Article withId(Article a, String id) {
    return new Article(
        a.schemaVersion(),
        id,
        a.sourceId(),
        a.url(),
        a.canonicalUrl(),
        a.fetchedAt(),
        a.publishedAt(),
        a.modifiedAt(),
        a.title(),
        a.body(),
        a.authors(),
        a.section(),
        a.languageHint(),
        a.imageUrl(),
        a.http(),
        a.extractionMethod(),
        a.removed(),
        a.normalized(),
        a.language(),
        a.arabicShare(),
        a.fingerprints(),
        a.dedup(),
        a.tags(),
        a.change(),
        a.processedAt());
  }
}
