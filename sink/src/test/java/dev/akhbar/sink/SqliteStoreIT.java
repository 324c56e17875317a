package dev.akhbar.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.sink.Fixtures.Story;
import dev.akhbar.sink.internal.BatchWriter;
import dev.akhbar.sink.internal.ConnectionPool;
import dev.akhbar.sink.internal.Dialect;
import dev.akhbar.sink.internal.SchemaMigrations;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
      assertThat(upgraded.migration().applied()).isEqualTo(2);
      assertThat(upgraded.search(SearchQuery.of("ابراهيم")))
          .extracting(SearchHit::articleId)
          .containsExactly(Fixtures.id(91));
    }
  }
}
