package dev.akhbar.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.app.Akhbar;
import dev.akhbar.samplesite.ExpectedArticle;
import dev.akhbar.samplesite.Manifest;
import dev.akhbar.samplesite.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code akhbar demo} end to end: the bundled sample site's two editions through a real broker,
 * processor and sink, checked against the site's manifest of expected outcomes.
 */
class DemoCommandIT {

  @TempDir static Path dir;
  static String summary;
  static int exit;
  static final Map<String, Row> byPath = new HashMap<>();

  /** Where an article page ended up: the table and a few of its columns. */
  record Row(
      String table, String articleId, String language, int version, int removed, String of) {}

  @BeforeAll
  static void runTheDemo() throws Exception {
    StringWriter out = new StringWriter();
    exit =
        Akhbar.commandLine()
            .setOut(new PrintWriter(out))
            .execute("demo", "--store", "sqlite:" + dir.resolve("demo.db"), "--site-port", "0");
    summary = out.toString();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("demo.db"));
        Statement st = c.createStatement()) {
      read(
          st, "select url, article_id, language, version, removed, null from articles", "articles");
      read(st, "select url, article_id, null, 0, 0, duplicate_of from duplicates", "duplicates");
      read(st, "select url, article_id, language, 0, 0, reason from rejected", "rejected");
    }
  }

  private static void read(Statement st, String sql, String table) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String path = URI.create(rs.getString(1)).getPath();
        byPath.put(
            path,
            new Row(
                table,
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getString(6)));
      }
    }
  }

  @Test
  void printsTheSummaryAndExitsZero() {
    assertThat(exit).isZero();
    assertThat(summary)
        .contains("pages fetched")
        .contains("stored in")
        .contains("top entities:")
        .contains("top topics:");
  }

  @Test
  void storesEveryOriginalOnce() {
    for (ExpectedArticle a : Manifest.load().articlesOfEdition(1)) {
      if (a.outcome() == Outcome.ORIGINAL) {
        assertThat(byPath.get(a.path())).as("%s %s", a.outlet(), a.path()).isNotNull();
        assertThat(byPath.get(a.path()).table()).as(a.path()).isEqualTo("articles");
      }
    }
  }

  @Test
  void linksExactCopiesToTheirOriginal() {
    for (ExpectedArticle a : Manifest.load().articlesOfEdition(1)) {
      if (a.outcome() == Outcome.EXACT_COPY_OF) {
        Row copy = byPath.get(a.path());
        Row original = byPath.get(a.of().path());
        assertThat(copy).as(a.path()).isNotNull();
        // A print version that names its article as canonical is the same URL, not a copy.
        if (!copy.articleId().equals(original.articleId())) {
          assertThat(copy.table()).as(a.path()).isEqualTo("duplicates");
          assertThat(copy.of()).as(a.path()).isEqualTo(original.articleId());
        }
      }
    }
  }

  @Test
  void linksNearCopiesOfTheWireStoryToTheEarliestOutlet() {
    for (ExpectedArticle a : Manifest.load().articlesOfEdition(1)) {
      if (a.outcome() == Outcome.NEAR_COPY_OF) {
        Row copy = byPath.get(a.path());
        assertThat(copy).as(a.path()).isNotNull();
        assertThat(copy.table()).as(a.path()).isEqualTo("duplicates");
        assertThat(copy.of()).as(a.path()).isEqualTo(byPath.get(a.of().path()).articleId());
      }
    }
  }

  @Test
  void setsAsideShortPagesAndNeverFetchesWhatRobotsForbid() {
    for (ExpectedArticle a : Manifest.load().articlesOfEdition(1)) {
      switch (a.outcome()) {
        case TOO_SHORT ->
            assertThat(byPath.get(a.path()))
                .as(a.path())
                .extracting(Row::table, Row::of)
                .containsExactly("rejected", "too_short");
        case DISALLOWED_BY_ROBOTS -> assertThat(byPath).as(a.path()).doesNotContainKey(a.path());
        case NOT_ARABIC ->
            assertThat(byPath.get(a.path()).language()).as(a.path()).isNotEqualTo("ar");
        default -> {}
      }
    }
  }

  @Test
  void appliesTheSecondEditionsUpdateAndRemoval() {
    for (ExpectedArticle a : Manifest.load().articlesOfEdition(2)) {
      switch (a.outcome()) {
        case UPDATE_OF ->
            assertThat(byPath.get(a.path()).version())
                .as("%s after %s", a.path(), summary)
                .isEqualTo(2);
        case REMOVED_IN_EDITION_2 ->
            assertThat(byPath.get(a.path()).removed()).as(a.path()).isOne();
        case ORIGINAL -> assertThat(byPath.get(a.path())).as(a.path()).isNotNull();
        default -> {}
      }
    }
  }
}
