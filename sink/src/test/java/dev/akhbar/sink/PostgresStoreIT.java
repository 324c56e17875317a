package dev.akhbar.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.sink.Fixtures.Story;
import dev.akhbar.sink.internal.ArticleSearch;
import dev.akhbar.sink.internal.BatchWriter;
import dev.akhbar.sink.internal.ConnectionPool;
import dev.akhbar.sink.internal.Dialect;
import dev.akhbar.sink.internal.SchemaMigrations;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL server, and what is particular to PostgreSQL. */
class PostgresStoreIT extends StoreContract {

  static PostgresTestServer server;

  @BeforeAll
  static void connect() {
    server = PostgresTestServer.connectOrSkip();
  }

  @AfterAll
  static void dropDatabases() throws SQLException {
    if (server != null) {
      server.close();
    }
  }

  @Override
  StoreLocation freshLocation() throws SQLException {
    return server.createSchema();
  }

  @Test
  void readsThePasswordFromTheEnvironmentAndNeverShowsIt() throws SQLException {
    StoreLocation location = server.createSchema();
    try (Store withPassword =
        Store.open(location, Map.of("AKHBAR_STORE_PASSWORD", "s3cret-from-env"))) {
      assertThat(withPassword.location().password()).isEqualTo("s3cret-from-env");
      assertThat(withPassword.location().toString()).doesNotContain("s3cret");
    }
  }

  @Test
  void compressesTheTextColumnsWithLz4() throws SQLException {
    try (Connection connection = store.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT string_agg(attname || '=' || attcompression::text, ' ' ORDER BY attname)"
                    + " FROM pg_attribute WHERE attrelid = 'articles'::regclass"
                    + " AND attname IN ('body', 'body_match', 'search_vector')")) {
      row.next();
      assertThat(row.getString(1)).isEqualTo("body=l body_match=l search_vector=l");
    }
  }

  /**
   * The search query, run as the store runs it (with its dialect's settings), reads the GIN index,
   * even for a word in half the articles of a small table, where the planner would rather scan the
   * table and read every article's search vector.
   */
  @Test
  void theSearchQueryUsesTheGinIndex() throws SQLException {
    for (int i = 0; i < 50; i++) {
      write(
          new ArticleWrite(Fixtures.original(Fixtures.id(200 + i), Story.values()[i % 4], MAY_1)));
    }
    Dialect dialect = Dialect.of(StoreLocation.Kind.POSTGRESQL);
    List<String> plan = new ArrayList<>();
    try (Connection connection = store.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (String setting : dialect.search(true).settings()) {
          statement.execute(setting);
        }
      }
      try (PreparedStatement explain =
          connection.prepareStatement(
              "EXPLAIN " + ArticleSearch.sql(dialect, SearchQuery.of("وزير"), true))) {
        explain.setString(1, "وزير");
        explain.setInt(2, 20);
        try (ResultSet row = explain.executeQuery()) {
          while (row.next()) {
            plan.add(row.getString(1));
          }
        }
      }
      connection.rollback();
    }
    assertThat(String.join("\n", plan)).contains("articles_search_vector");
    assertThat(store.search(SearchQuery.of("وزير").withLimit(5)))
        .hasSize(5)
        .allSatisfy(hit -> assertThat(hit.score()).isPositive());
  }

  /** Why the index uses 'simple' on the match form: 'arabic' cuts names down to false stems. */
  @Test
  void theBuiltInArabicConfigurationOverStemsPlaceNames() throws SQLException {
    try (Connection connection = store.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT to_tsvector('arabic', ?)::text, to_tsvector('simple', ?)::text")) {
      statement.setString(1, "بنغازي");
      statement.setString(2, "بنغازي");
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        assertThat(row.getString(1)).isEqualTo("'نغاز':1");
        assertThat(row.getString(2)).isEqualTo("'بنغازي':1");
      }
    }
  }

  @Test
  void migratesADatabaseOfThePreviousVersionAndIndexesItsArticles() throws Exception {
    StoreLocation location = server.createSchema();
    try (HikariDataSource dataSource = ConnectionPool.open(location);
        Connection connection = dataSource.getConnection()) {
      Dialect dialect = Dialect.of(location.kind());
      assertThat(SchemaMigrations.migrateTo(dataSource, dialect, "2").toVersion()).isEqualTo("2");
      connection.setAutoCommit(false);
      new BatchWriter(dialect)
          .apply(
              connection,
              List.of(
                  new ArticleWrite(Fixtures.original(Fixtures.id(91), Story.CUP_FINAL, MAY_1))));
      connection.commit();
    }

    try (Store upgraded = Store.open(location, Map.of())) {
      assertThat(upgraded.migration().fromVersion()).contains("2");
      assertThat(upgraded.migration().applied()).isEqualTo(2);
      assertThat(upgraded.search(SearchQuery.of("ابراهيم")))
          .extracting(SearchHit::articleId)
          .containsExactly(Fixtures.id(91));
    }
  }
}
