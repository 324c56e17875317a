package dev.akhbar.sink.internal;

import static dev.akhbar.sink.Fixtures.deadLetter;
import static dev.akhbar.sink.Fixtures.id;
import static dev.akhbar.sink.Fixtures.original;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.akhbar.common.store.StoreLocation;
import dev.akhbar.sink.Fixtures.Story;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import dev.akhbar.sink.internal.StoreWrite.DeadLetterWrite;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * How a batch is split when the database refuses part of it. The writer here stands in for the
 * database by its answers (the SQLSTATEs PostgreSQL gives); the store ITs run the real thing.
 */
class BatchApplierTest {

  private static final Instant T = Instant.parse("2024-05-01T00:00:00Z");
  private static final Dialect POSTGRES = Dialect.of(StoreLocation.Kind.POSTGRESQL);

  private final List<List<StoreWrite>> transactions = new ArrayList<>();

  /** A database that refuses any transaction holding article {@code refused}. */
  private TransactionalWriter refusing(String refused, String sqlState) {
    return writes -> {
      transactions.add(writes);
      if (writes.stream().anyMatch(w -> w.key().equals(refused))) {
        throw new SQLException("refused", sqlState);
      }
      return new WriteCounts(writes.size(), 0, 0, 0, 0);
    };
  }

  private static PendingBatch batchOf(StoreWrite... writes) {
    PendingBatch batch = new PendingBatch();
    long offset = 0;
    for (StoreWrite w : writes) {
      batch.addWrite(new ConsumerRecord<>("x.articles.v1", 0, offset++, null, new byte[] {1}), w);
    }
    return batch;
  }

  private static ArticleWrite article(int n) {
    return new ArticleWrite(original(id(n), Story.CUP_FINAL, T));
  }

  @Test
  void aBatchTheDatabaseTakesIsOneTransaction() throws Exception {
    BatchApplier applier = new BatchApplier(refusing("none", "22021"), POSTGRES, () -> T);

    var applied = applier.apply(batchOf(article(1), article(2), article(3)));

    assertThat(transactions).hasSize(1);
    assertThat(applied.counts().articles()).isEqualTo(3);
    assertThat(applied.deadLetters()).isEmpty();
  }

  @Test
  void aRefusedRecordBecomesADeadLetterAndTheOthersAreWritten() throws Exception {
    BatchApplier applier = new BatchApplier(refusing(id(2), "22021"), POSTGRES, () -> T);

    var applied = applier.apply(batchOf(article(1), article(2), article(3)));

    assertThat(transactions).hasSize(4);
    assertThat(applied.counts().articles()).isEqualTo(2);
    assertThat(applied.deadLetters())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.reason()).isEqualTo(DeadLetterReason.UNWRITABLE);
              assertThat(d.letter().offset()).isEqualTo(1);
              assertThat(d.letter().errorMessage()).isEqualTo("unwritable: refused");
            });
  }

  @Test
  void aDatabaseThatIsDownFailsTheWholeBatchForARetry() {
    BatchApplier applier = new BatchApplier(refusing(id(2), "57P01"), POSTGRES, () -> T);

    assertThatExceptionOfType(RetryableFailure.class)
        .isThrownBy(() -> applier.apply(batchOf(article(1), article(2))));
    assertThat(transactions).hasSize(1);
  }

  @Test
  void aRefusedDeadLetterIsDroppedNotSentBack() throws Exception {
    DeadLetterWrite letter = new DeadLetterWrite(deadLetter("x.raw.v1", 0, 1, T));
    BatchApplier applier = new BatchApplier(refusing(letter.key(), "22021"), POSTGRES, () -> T);

    var applied = applier.apply(batchOf(article(1), letter));

    assertThat(applied.deadLetters()).isEmpty();
    assertThat(applied.dropped()).isEqualTo(1);
    assertThat(applied.counts().articles()).isEqualTo(1);
  }
}
