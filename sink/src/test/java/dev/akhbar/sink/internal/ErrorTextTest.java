package dev.akhbar.sink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ErrorTextTest {

  @Test
  void describesABatchFailureByTheDatabasesOwnError() {
    BatchUpdateException batch =
        new BatchUpdateException(
            "Batch entry 0 INSERT INTO articles … ('a 5 KB body')", "22021", new int[0]);
    batch.setNextException(
        new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));

    assertThat(ErrorText.of(batch))
        .isEqualTo("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00");
    assertThat(ErrorText.mostSpecific(batch).getMessage()).startsWith("ERROR:");
  }

  @Test
  void makesControlCharactersSpacesAndCutsLongText() {
    assertThat(ErrorText.clean("a\u0000b\nc")).isEqualTo("a b c");
    String cut = ErrorText.clean("x".repeat(ErrorText.MAX_CHARS + 10));
    assertThat(cut).hasSize(ErrorText.MAX_CHARS).endsWith("…");
    assertThat(ErrorText.clean("x".repeat(ErrorText.MAX_CHARS))).doesNotEndWith("…");
    assertThat(ErrorText.printable("x".repeat(ErrorText.MAX_CHARS + 10)))
        .hasSize(ErrorText.MAX_CHARS + 10);
  }

  @Test
  void aFailureWithoutMessageIsNamedByItsClass() {
    assertThat(ErrorText.of(new IllegalStateException()))
        .isEqualTo("java.lang.IllegalStateException");
  }
}
