package dev.akhbar.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.store.StoreLocation;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialectTest {

  private final Dialect sqlite = Dialect.of(StoreLocation.Kind.SQLITE);
  private final Dialect postgres = Dialect.of(StoreLocation.Kind.POSTGRESQL);

  @Test
  void sqliteQuotesEachWordSoThatNoneIsReadAsSyntax() {
    assertThat(sqlite.fullTextQuery(List.of("احمد", "or", "near", "a\"b")))
        .isEqualTo("\"احمد\" \"or\" \"near\" \"a\"\"b\"");
  }

  @Test
  void postgresqlPassesTheWordsToPlainToTsquery() {
    assertThat(postgres.fullTextQuery(List.of("احمد", "طرابلس"))).isEqualTo("احمد طرابلس");
  }

  @ParameterizedTest
  @CsvSource({
    "22021, true",
    "23505, true",
    "54000, true",
    "22P05, true",
    "08006, false",
    "57P01, false",
    "40001, false",
    "40P01, false",
    "53300, false",
    "42P01, false"
  })
  void postgresqlRecordProblemsAreDataConstraintAndLimitErrors(String state, boolean record) {
    assertThat(postgres.isRecordProblem(new SQLException("x", state))).isEqualTo(record);
  }

  @ParameterizedTest
  @CsvSource({
    "18, true",
    "19, true",
    "20, true",
    "5, false",
    "6, false",
    "10, false",
    "13, false",
    "2067, true"
  })
  void sqliteRecordProblemsAreTooBigConstraintAndMismatch(int code, boolean record) {
    assertThat(sqlite.isRecordProblem(new SQLException("x", null, code))).isEqualTo(record);
  }

  @Test
  void anArticlesLockKeyIsTheFirst64BitsOfItsId() {
    assertThat(PostgresDialect.lockKey("00000000000000ff" + "0".repeat(48))).isEqualTo(255);
    assertThat(PostgresDialect.lockKey("ffffffffffffffff" + "0".repeat(48))).isEqualTo(-1);
    assertThat(PostgresDialect.lockKey("not hex at all, but long enough"))
        .isEqualTo("not hex at all, but long enough".hashCode());
  }
}
