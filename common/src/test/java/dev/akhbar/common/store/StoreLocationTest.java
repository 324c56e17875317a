package dev.akhbar.common.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoreLocationTest {

  @Test
  void sqlitePathsAreRelativeToTheWorkingFolder() {
    StoreLocation s = StoreLocation.parse("sqlite:./data/x.db");
    assertThat(s.kind()).isEqualTo(StoreLocation.Kind.SQLITE);
    assertThat(s.sqlitePath()).isEqualTo(Path.of("data/x.db").toAbsolutePath());
    assertThat(s.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data/x.db").toAbsolutePath());
  }

  @Test
  void theDefaultIsSqliteUnderData() {
    assertThat(StoreLocation.parse(StoreLocation.DEFAULT).sqlitePath())
        .isEqualTo(Path.of("data", "akhbar.db").toAbsolutePath());
  }

  @CsvSource({
    "postgresql://127.0.0.1:5432/test?user=postgres, jdbc:postgresql://127.0.0.1:5432/test, postgres",
    "postgres://db.internal/akhbar?user=akhbar&sslmode=require, jdbc:postgresql://db.internal/akhbar?sslmode=require, akhbar",
    "jdbc:postgresql://localhost:5432/test?user=root, jdbc:postgresql://localhost:5432/test, root",
    "postgresql://writer@db:5432/akhbar, jdbc:postgresql://db:5432/akhbar, writer",
  })
  @ParameterizedTest
  void postgresqlUrlsBecomeJdbcUrlsWithTheUserApart(String given, String jdbc, String user) {
    StoreLocation s = StoreLocation.parse(given);
    assertThat(s.kind()).isEqualTo(StoreLocation.Kind.POSTGRESQL);
    assertThat(s.jdbcUrl()).isEqualTo(jdbc);
    assertThat(s.user()).isEqualTo(user);
  }

  @Test
  void neverPrintsThePassword() {
    StoreLocation s = StoreLocation.parse("postgresql://u:s3cret@db/akhbar?password=other");
    assertThat(s.password()).isEqualTo("s3cret");
    assertThat(s.toString()).doesNotContain("s3cret").doesNotContain("other");
    assertThat(s.jdbcUrl()).doesNotContain("s3cret").doesNotContain("other");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"mysql://db/x", "redis://x", "sqlite:", "postgresql://db/", "file.db", " "})
  void refusesEverythingElseWithOneLine(String given) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StoreLocation.parse(given))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("sqlite:PATH"));
  }
}
