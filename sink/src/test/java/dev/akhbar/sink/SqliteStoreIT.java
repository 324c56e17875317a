package dev.akhbar.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Change;
import dev.akhbar.common.record.Tags;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.sink.Fixtures.Story;
import dev.akhbar.sink.internal.BatchWriter;
import dev.akhbar.sink.internal.ConnectionPool;
import dev.akhbar.sink.internal.Dialect;
import dev.akhbar.sink.internal.SchemaMigrations;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import dev.akhbar.sink.internal.StoreWrite.DuplicateWrite;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a real SQLite file, and what is particular to SQLite. */
class SqliteStoreIT extends StoreContract {

  private static final AtomicInteger FILES = new AtomicInteger();

  @TempDir Path folder;

  @Override
  StoreLocation freshLocation() {
    return StoreLocation.parse(
        "sqlite:" + folder.resolve("akhbar-" + FILES.incrementAndGet() + ".db"));
  }

  @Test
  void runsInWriteAheadLogMode() throws Exception {
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA journal_mode")) {
      row.next();
      assertThat(row.getString(1)).isEqualTo("wal");
    }
  }

  @Test
  void storesTimesAsSortableUtcText() throws Exception {
    write(new ArticleWrite(Fixtures.original(Fixtures.id(90), Story.CUP_FINAL, MAY_1)));

    assertThat(TableSnapshot.value(store, "articles", Fixtures.id(90), "published_at"))
        .isEqualTo("2024-05-01T09:00:00.000Z");
  }

  /**
   * A search sorts and filters its matches in {@code article_search_order} (V4), whose triggers
   * must keep it equal to {@code articles} through every kind of write.
   */
  @Test
  void theSearchOrderTableFollowsEveryChangeToArticles() throws Exception {
    Article moved = Fixtures.original(Fixtures.id(120), Story.CUP_FINAL, MAY_1);
    Article removed = Fixtures.original(Fixtures.id(121), Story.BENGHAZI_RAIN, MAY_1);
    Article demoted = Fixtures.original(Fixtures.id(122), Story.ECONOMY_PLAN, MAY_2);
    Article copied = Fixtures.original(Fixtures.id(123), Story.CUP_FINAL, MAY_2);
    Article kept = Fixtures.original(Fixtures.id(124), Story.ECONOMY_PLAN, null);
    write(
        new ArticleWrite(moved),
        new ArticleWrite(removed),
        new ArticleWrite(demoted),
        new ArticleWrite(copied),
        new ArticleWrite(kept));

    write(
        new ArticleWrite(
            Fixtures.article(
                moved.articleId(),
                Story.ECONOMY_PLAN,
                MAY_3,
                2,
                0,
                Change.UPDATE,
                Fixtures.tagsOf(Story.ECONOMY_PLAN))),
        new ArticleWrite(
            Fixtures.article(
                removed.articleId(),
                Story.BENGHAZI_RAIN,
                MAY_1,
                2,
                0,
                Change.REMOVED,
                Tags.none())),
        new ArticleWrite(Fixtures.demoted(demoted, Fixtures.id(130), 1)),
        new DuplicateWrite(Fixtures.duplicate(copied, Fixtures.id(131), 1)));

    List<String> order =
        rows(
            "SELECT article_rowid, article_id, source_id, published_at, fetched_at, removed"
                + " FROM article_search_order ORDER BY article_rowid");
    assertThat(order)
        .isEqualTo(
            rows(
                "SELECT rowid, article_id, source_id, published_at, fetched_at, removed"
                    + " FROM articles ORDER BY rowid"))
        .hasSize(3)
        .anySatisfy(row -> assertThat(row).contains(moved.articleId(), "2024-05-03"))
        .anySatisfy(row -> assertThat(row).contains(removed.articleId()).endsWith("|1"));
    assertThat(store.search(SearchQuery.of("الاقتصاد")))
        .extracting(SearchHit::articleId)
        .containsExactly(moved.articleId(), kept.articleId());
  }

  private List<String> rows(String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      int columns = row.getMetaData().getColumnCount();
      while (row.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          line.append(i > 1 ? "|" : "").append(row.getString(i));
        }
        rows.add(line.toString());
      }
    }
    return rows;
  }

  @Test
  void createsTheFolderOfANewDatabaseFile() {
    StoreLocation nested = StoreLocation.parse("sqlite:" + folder.resolve("a/b/akhbar.db"));
    try (Store other = Store.open(nested, Map.of())) {
      assertThat(other.summary().articles()).isZero();
    }
    assertThat(folder.resolve("a/b/akhbar.db")).exists();
  }

  @Test
  void migratesADatabaseOfThePreviousVersionAndIndexesItsArticles() throws Exception {
    StoreLocation location = freshLocation();
    try (HikariDataSource dataSource = ConnectionPool.open(location);
        Connection connection = dataSource.getConnection()) {
      Dialect dialect = Dialect.of(location.kind());
      assertThat(SchemaMigrations.migrateTo(dataSource, dialect, "1").toVersion()).isEqualTo("1");
      connection.setAutoCommit(false);
      new BatchWriter(dialect)
          .apply(
              connection,
              List.of(
                  new ArticleWrite(Fixtures.original(Fixtures.id(91), Story.CUP_FINAL, MAY_1))));
      connection.commit();
    }

    try (Store upgraded = Store.open(location, Map.of())) {
      assertThat(upgraded.migration().fromVersion()).contains("1");
      assertThat(upgraded.migration().applied()).isEqualTo(3);
      assertThat(upgraded.search(SearchQuery.of("ابراهيم")))
          .extracting(SearchHit::articleId)
          .containsExactly(Fixtures.id(91));
    }
  }
}
