package dev.akhbar.sink;

import static dev.akhbar.sink.Fixtures.article;
import static dev.akhbar.sink.Fixtures.deadLetter;
import static dev.akhbar.sink.Fixtures.demoted;
import static dev.akhbar.sink.Fixtures.duplicate;
import static dev.akhbar.sink.Fixtures.id;
import static dev.akhbar.sink.Fixtures.original;
import static dev.akhbar.sink.Fixtures.rejected;
import static dev.akhbar.sink.Fixtures.tagsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.RejectReason;
import dev.akhbar.common.record.Tags;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.sink.Fixtures.Story;
import dev.akhbar.sink.internal.StoreWrite;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import dev.akhbar.sink.internal.StoreWrite.DeadLetterWrite;
import dev.akhbar.sink.internal.StoreWrite.DuplicateWrite;
import dev.akhbar.sink.internal.StoreWrite.RejectedWrite;
import dev.akhbar.sink.internal.WriteCounts;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every store must do, run against SQLite and PostgreSQL by the subclasses: the version guard,
 * demotions in any order, removal, the audit tables, and search in any spelling.
 */
abstract class StoreContract {

  static final Instant MAY_1 = Instant.parse("2024-05-01T09:00:00Z");
  static final Instant MAY_2 = Instant.parse("2024-05-02T09:00:00Z");
  static final Instant MAY_3 = Instant.parse("2024-05-03T09:00:00Z");

  Store store;

  /** A location where no store exists yet; each call a new one. */
  abstract StoreLocation freshLocation() throws Exception;

  @BeforeEach
  void openStore() throws Exception {
    store = Store.open(freshLocation(), Map.of());
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  WriteCounts write(StoreWrite... writes) throws SQLException {
    return store.write(List.of(writes));
  }

  // --- migrations

  @Test
  void migratesAnEmptyDatabaseToTheNewestVersion() {
    assertThat(store.migration().fromVersion()).isEmpty();
    assertThat(store.migration().toVersion()).isEqualTo("4");
    assertThat(store.migration().applied()).isEqualTo(4);
  }

  @Test
  void migratingAgainDoesNothing() {
    assertThat(store.migrate().applied()).isZero();
    assertThat(store.migrate().describe()).isEqualTo("schema is current at version 4");
  }

  // --- idempotence and the version guard

  @Test
  void storesAnOriginalWithItsTags() throws SQLException {
    String id = id(1);
    write(new ArticleWrite(original(id, Story.BENGHAZI_RAIN, MAY_1)));

    assertThat(TableSnapshot.value(store, "articles", id, "title"))
        .isEqualTo("أمطار غزيرة تغمر شوارع بنغازي");
    assertThat(TableSnapshot.value(store, "articles", id, "change")).isEqualTo("new");
    assertThat(TableSnapshot.count(store, "article_entities", id)).isEqualTo(2);
    assertThat(TableSnapshot.count(store, "article_topics", id)).isEqualTo(1);
    assertThat(TableSnapshot.count(store, "article_keywords", id)).isEqualTo(1);
    assertThat(TableSnapshot.value(store, "articles", id, "dateline_location")).isEqualTo("بنغازي");
  }

  @Test
  void theSameRecordsTwiceLeaveTheSameRows() throws SQLException {
    List<StoreWrite> batch = mixedBatch();
    store.write(batch);
    var first = TableSnapshot.of(store);

    WriteCounts again = store.write(batch);

    assertThat(TableSnapshot.of(store)).isEqualTo(first);
    assertThat(again.deadLetters()).isZero();
  }

  @Test
  void aNewerVersionReplacesTextAndTags() throws SQLException {
    String id = id(2);
    write(new ArticleWrite(original(id, Story.ECONOMY_PLAN, MAY_1)));

    write(
        new ArticleWrite(
            article(id, Story.CUP_FINAL, MAY_1, 2, 0, Change.UPDATE, tagsOf(Story.CUP_FINAL))));

    assertThat(TableSnapshot.value(store, "articles", id, "version")).isEqualTo("2");
    assertThat(TableSnapshot.value(store, "articles", id, "title")).contains("إبراهيم");
    assertThat(TableSnapshot.rows(store, "article_topics"))
        .singleElement()
        .satisfies(row -> assertThat(row).contains("code=sport"));
    assertThat(TableSnapshot.rows(store, "article_entities"))
        .singleElement()
        .satisfies(row -> assertThat(row).contains("canonical=إبراهيم الحسن"));
  }

  @Test
  void anOlderVersionArrivingLateChangesNothing() throws SQLException {
    String id = id(3);
    write(
        new ArticleWrite(
            article(id, Story.CUP_FINAL, MAY_1, 2, 0, Change.UPDATE, tagsOf(Story.CUP_FINAL))));
    var before = TableSnapshot.of(store);

    WriteCounts late = write(new ArticleWrite(original(id, Story.ECONOMY_PLAN, MAY_1)));

    assertThat(late.unchanged()).isEqualTo(1);
    assertThat(TableSnapshot.of(store)).isEqualTo(before);
  }

  @Test
  void anUpdateAndAnOlderVersionInOneBatchKeepTheUpdate() throws SQLException {
    String id = id(4);
    write(
        new ArticleWrite(
            article(id, Story.CUP_FINAL, MAY_1, 2, 0, Change.UPDATE, tagsOf(Story.CUP_FINAL))),
        new ArticleWrite(original(id, Story.ECONOMY_PLAN, MAY_1)));

    assertThat(TableSnapshot.value(store, "articles", id, "version")).isEqualTo("2");
    assertThat(TableSnapshot.rows(store, "article_topics"))
        .singleElement()
        .satisfies(row -> assertThat(row).contains("code=sport"));
  }

  // --- removal

  @Test
  void aRemovedArticleIsMarkedAndKeepsItsText() throws SQLException {
    String id = id(5);
    Article stored = original(id, Story.BENGHAZI_RAIN, MAY_1);
    write(new ArticleWrite(stored));
    Article gone =
        new Article(
            stored.schemaVersion(),
            id,
            stored.sourceId(),
            stored.url(),
            stored.canonicalUrl(),
            MAY_2,
            stored.publishedAt(),
            null,
            "",
            "",
            List.of(),
            null,
            null,
            null,
            null,
            null,
            true,
            null,
            "und",
            0,
            null,
            new dev.akhbar.common.record.DedupInfo(id, 2, 0, 0),
            Tags.none(),
            Change.REMOVED,
            MAY_2);

    write(new ArticleWrite(gone));

    assertThat(TableSnapshot.value(store, "articles", id, "change")).isEqualTo("removed");
    assertThat(TableSnapshot.value(store, "articles", id, "removed")).isIn("1", "t");
    assertThat(TableSnapshot.value(store, "articles", id, "title")).contains("بنغازي");
    assertThat(TableSnapshot.count(store, "article_entities", id)).isEqualTo(2);
    assertThat(store.search(SearchQuery.of("بنغازي"))).isEmpty();
  }

  // --- demotions and duplicates

  @Test
  void aDemotedArticleRecordMovesTheArticleToDuplicates() throws SQLException {
    String copy = id(6);
    String originalId = id(7);
    Article stored = original(copy, Story.ECONOMY_PLAN, MAY_2);
    write(new ArticleWrite(stored));

    write(new ArticleWrite(demoted(stored, originalId, 1)));

    assertThat(TableSnapshot.count(store, "articles", copy)).isZero();
    assertThat(TableSnapshot.count(store, "article_entities", copy)).isZero();
    assertThat(TableSnapshot.count(store, "article_topics", copy)).isZero();
    assertThat(TableSnapshot.value(store, "duplicates", copy, "duplicate_of"))
        .isEqualTo(originalId);
    assertThat(TableSnapshot.value(store, "duplicates", copy, "method")).isNull();
  }

  @Test
  void aDemotionEndsTheSameWhicheverOfItsTwoRecordsArrivesFirst() throws Exception {
    String copy = id(8);
    String originalId = id(9);
    Article stored = original(copy, Story.ECONOMY_PLAN, MAY_2);
    StoreWrite demotion = new ArticleWrite(demoted(stored, originalId, 1));
    StoreWrite duplicateRecord = new DuplicateWrite(duplicate(stored, originalId, 1));

    write(new ArticleWrite(stored));
    write(demotion);
    write(duplicateRecord);
    var articleFirst = TableSnapshot.of(store);

    store.close();
    store = Store.open(freshLocation(), Map.of());
    write(new ArticleWrite(stored));
    write(duplicateRecord);
    write(demotion);
    write(duplicateRecord, demotion);

    assertThat(TableSnapshot.of(store)).isEqualTo(articleFirst);
    assertThat(TableSnapshot.value(store, "duplicates", copy, "method")).isEqualTo("near");
  }

  @Test
  void aCopyThatWasAnOriginalLeavesArticles() throws SQLException {
    String copy = id(10);
    Article stored = original(copy, Story.CUP_FINAL, MAY_3);
    write(new ArticleWrite(stored));

    write(new DuplicateWrite(duplicate(stored, id(11), 1)));

    assertThat(TableSnapshot.count(store, "articles", copy)).isZero();
    assertThat(TableSnapshot.count(store, "article_entities", copy)).isZero();
    assertThat(TableSnapshot.value(store, "duplicates", copy, "similarity")).startsWith("0.87");
  }

  @Test
  void anOriginalOfAnOlderRevisionDoesNotComeBackFromDuplicates() throws SQLException {
    String copy = id(12);
    Article stored = original(copy, Story.CUP_FINAL, MAY_3);
    write(new DuplicateWrite(duplicate(stored, id(13), 1)));

    WriteCounts late = write(new ArticleWrite(stored));

    assertThat(late.unchanged()).isEqualTo(1);
    assertThat(TableSnapshot.count(store, "articles", copy)).isZero();
    assertThat(TableSnapshot.count(store, "article_entities", copy)).isZero();
  }

  @Test
  void anOriginalOfANewerRevisionLeavesDuplicates() throws SQLException {
    String id = id(14);
    Article first = original(id, Story.CUP_FINAL, MAY_3);
    write(new DuplicateWrite(duplicate(first, id(15), 1)));

    write(
        new ArticleWrite(
            article(id, Story.CUP_FINAL, MAY_3, 1, 2, Change.UPDATE, tagsOf(Story.CUP_FINAL))));
    write(new DuplicateWrite(duplicate(first, id(15), 1)));

    assertThat(TableSnapshot.count(store, "duplicates", id)).isZero();
    assertThat(TableSnapshot.value(store, "articles", id, "dedup_revision")).isEqualTo("2");
  }

  /**
   * The final rows depend only on the set of records, not on the order they arrive in: the property
   * that lets several consumers, and redeliveries, apply them safely.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void anyArrivalOrderOfOneArticlesRecordsGivesTheSameRows(long seed) throws Exception {
    String id = id(16);
    String originalId = id(17);
    Article v1 = original(id, Story.ECONOMY_PLAN, MAY_2);
    Article v2 =
        article(id, Story.PLAIN_SPELLING, MAY_2, 2, 0, Change.UPDATE, tagsOf(Story.PLAIN_SPELLING));
    List<StoreWrite> records =
        new ArrayList<>(
            List.of(
                new ArticleWrite(v1),
                new ArticleWrite(v2),
                new ArticleWrite(demoted(v2, originalId, 1)),
                new DuplicateWrite(duplicate(v2, originalId, 1)),
                new ArticleWrite(
                    article(
                        id,
                        Story.PLAIN_SPELLING,
                        MAY_2,
                        3,
                        2,
                        Change.UPDATE,
                        tagsOf(Story.CUP_FINAL)))));
    for (StoreWrite w : records) {
      write(w);
    }
    var inOrder = TableSnapshot.of(store);

    Collections.shuffle(records, new Random(seed));
    store.close();
    store = Store.open(freshLocation(), Map.of());
    for (StoreWrite w : records) {
      write(w);
    }

    assertThat(TableSnapshot.of(store)).isEqualTo(inOrder);
  }

  // --- audit tables

  @Test
  void theNewestRejectionOfAnArticleWins() throws SQLException {
    String id = id(18);
    write(new RejectedWrite(rejected(id, RejectReason.NOT_ARABIC, MAY_2)));
    write(new RejectedWrite(rejected(id, RejectReason.TOO_SHORT, MAY_1)));

    assertThat(TableSnapshot.value(store, "rejected", id, "reason")).isEqualTo("not_arabic");
  }

  @Test
  void aDeadLetterDeliveredTwiceIsOneRow() throws SQLException {
    write(new DeadLetterWrite(deadLetter("akhbar.raw.v1", 2, 41, MAY_1)));
    write(new DeadLetterWrite(deadLetter("akhbar.raw.v1", 2, 41, MAY_2)));
    write(new DeadLetterWrite(deadLetter("akhbar.raw.v1", 2, 42, MAY_2)));

    assertThat(TableSnapshot.rows(store, "dead_letters")).hasSize(2);
  }

  // --- search

  @Test
  void aQueryWithHamzaFindsTheSpellingWithout() throws SQLException {
    write(new ArticleWrite(original(id(20), Story.PLAIN_SPELLING, MAY_1)));

    assertThat(store.search(SearchQuery.of("أحمد")))
        .extracting(SearchHit::articleId)
        .containsExactly(id(20));
  }

  @Test
  void aQueryWithoutHamzaFindsTheSpellingWith() throws SQLException {
    write(new ArticleWrite(original(id(21), Story.CUP_FINAL, MAY_1)));

    assertThat(store.search(SearchQuery.of("ابراهيم")))
        .extracting(SearchHit::articleId)
        .containsExactly(id(21));
    assertThat(store.search(SearchQuery.of("إبراهيم")))
        .extracting(SearchHit::articleId)
        .containsExactly(id(21));
  }

  @Test
  void diacriticsAndTehMarbutaInTheQueryDoNotMatter() throws SQLException {
    write(new ArticleWrite(original(id(22), Story.BENGHAZI_RAIN, MAY_1)));

    assertThat(store.search(SearchQuery.of("غَزِيرة المدينة"))).hasSize(1);
    assertThat(store.search(SearchQuery.of("غزيره"))).hasSize(1);
  }

  @Test
  void everyWordMustMatch() throws SQLException {
    write(
        new ArticleWrite(original(id(23), Story.PLAIN_SPELLING, MAY_1)),
        new ArticleWrite(original(id(24), Story.ECONOMY_PLAN, MAY_2)));

    assertThat(store.search(SearchQuery.of("أحمد السالم")))
        .extracting(SearchHit::articleId)
        .containsExactly(id(24), id(23));
    assertThat(store.search(SearchQuery.of("أحمد طرابلس")))
        .extracting(SearchHit::articleId)
        .containsExactly(id(23));
    assertThat(store.search(SearchQuery.of("أحمد بنغازي"))).isEmpty();
  }

  @Test
  void theNewestComesFirstAndUndatedLast() throws SQLException {
    write(
        new ArticleWrite(original(id(25), Story.ECONOMY_PLAN, null)),
        new ArticleWrite(original(id(26), Story.PLAIN_SPELLING, MAY_1)),
        new ArticleWrite(original(id(27), Story.ECONOMY_PLAN, MAY_3)));

    List<SearchHit> hits = store.search(SearchQuery.of("السالم"));

    assertThat(hits).extracting(SearchHit::articleId).containsExactly(id(27), id(26), id(25));
    assertThat(hits.get(0).publishedAt()).contains(MAY_3);
    assertThat(hits.get(2).publishedAt()).isEmpty();
  }

  @Test
  void filtersByEntityInAnySpellingTopicSourceAndDay() throws SQLException {
    write(
        new ArticleWrite(original(id(28), Story.PLAIN_SPELLING, MAY_1)),
        new ArticleWrite(original(id(29), Story.ECONOMY_PLAN, MAY_3)),
        new ArticleWrite(original(id(30), Story.BENGHAZI_RAIN, MAY_2)));

    assertThat(store.search(SearchQuery.of("").withEntity("احمد السالم")))
        .extracting(SearchHit::articleId)
        .containsExactly(id(29), id(28));
    assertThat(store.search(SearchQuery.of("").withTopic("weather")))
        .extracting(SearchHit::articleId)
        .containsExactly(id(30));
    assertThat(store.search(SearchQuery.of("السالم").withSource("wire-3")))
        .extracting(SearchHit::articleId)
        .containsExactly(id(28));
    assertThat(store.search(SearchQuery.of("").withSince(LocalDate.of(2024, 5, 2))))
        .extracting(SearchHit::articleId)
        .containsExactly(id(29), id(30));
  }

  @Test
  void theSnippetShowsTheTextAsWrittenWithTheMatchMarked() throws SQLException {
    write(new ArticleWrite(original(id(31), Story.ECONOMY_PLAN, MAY_1)));

    SearchHit hit = store.search(SearchQuery.of("احمد")).get(0);

    assertThat(hit.snippet().marked("[", "]")).contains("[أحمد] السالم");
    assertThat(hit.title()).isEqualTo("وزير الاقتصاد يعلن خطة لدعم الشركات الصغيرة");
    assertThat(hit.score()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"أحمد OR بنغازي", "NEAR(أحمد بنغازي)", "title_match:أحمد", "' OR 1=1 --"})
  void searchSyntaxInAQueryIsOnlyMoreWordsToMatch(String query) throws SQLException {
    write(
        new ArticleWrite(original(id(32), Story.ECONOMY_PLAN, MAY_1)),
        new ArticleWrite(original(id(33), Story.BENGHAZI_RAIN, MAY_1)));

    assertThat(store.search(SearchQuery.of(query))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\"", "*", " ، ؟ "})
  void aQueryWithoutWordsListsWhatTheFiltersLetThrough(String query) throws SQLException {
    write(
        new ArticleWrite(original(id(34), Story.ECONOMY_PLAN, MAY_1)),
        new ArticleWrite(original(id(35), Story.BENGHAZI_RAIN, MAY_2)));

    assertThat(store.search(SearchQuery.of(query)))
        .extracting(SearchHit::articleId, SearchHit::score)
        .containsExactly(tuple(id(35), 0.0), tuple(id(34), 0.0));
  }

  // --- the benchmark's bare loader

  @Test
  void theBareLoaderWritesTheRowsTheSinkWrites() throws Exception {
    List<Article> articles = new ArticleGenerator(7).originals(0, 30);
    List<StoreWrite> writes = new ArrayList<>();
    articles.forEach(a -> writes.add(new ArticleWrite(a)));
    store.write(writes);
    var bySink = TableSnapshot.of(store);

    try (Store bare = Store.open(freshLocation(), Map.of())) {
      BareLoader.Result result = BareLoader.load(bare, articles, 8);

      assertThat(result.rows()).isEqualTo(30);
      assertThat(result.rowsPerSecond()).isPositive();
      assertThat(TableSnapshot.of(bare)).isEqualTo(bySink);
      assertThatExceptionOfType(StoreException.class)
          .isThrownBy(() -> BareLoader.load(bare, articles.subList(0, 1), 8));
    }
  }

  // --- summary

  @Test
  void summarizesCountsAndTopEntitiesAndTopics() throws SQLException {
    store.write(mixedBatch());

    StoreSummary summary = store.summary(3);

    assertThat(summary.articles()).isEqualTo(3);
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(summary.deadLetters()).isEqualTo(1);
    assertThat(summary.topTopics()).first().isEqualTo(new StoreSummary.TopicCount("economy", 2));
    assertThat(summary.topEntities())
        .first()
        .isEqualTo(new StoreSummary.EntityCount("أحمد السالم", "PERSON", 2));
  }

  /** Three originals, one copy, one rejection and one dead letter. */
  static List<StoreWrite> mixedBatch() {
    Article copy = original(id(43), Story.BENGHAZI_RAIN, MAY_3);
    return List.of(
        new ArticleWrite(original(id(40), Story.BENGHAZI_RAIN, MAY_1)),
        new ArticleWrite(original(id(41), Story.ECONOMY_PLAN, MAY_2)),
        new ArticleWrite(original(id(42), Story.PLAIN_SPELLING, null)),
        new DuplicateWrite(duplicate(copy, id(40), 0)),
        new RejectedWrite(rejected(id(44), RejectReason.TOO_SHORT, MAY_2)),
        new DeadLetterWrite(deadLetter("akhbar.raw.v1", 0, 7, MAY_2)));
  }
}
