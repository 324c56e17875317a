package dev.akhbar.sink;

import dev.akhbar.common.record.Article;
import dev.akhbar.sink.internal.BareInserts;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The store's own bulk-load rate, for {@code akhbar bench}: plain batched JDBC INSERTs of articles
 * and their entities, topics and keywords into the same schema, indexes and full-text index as the
 * sink, one transaction per batch, without Kafka, JSON, or the sink's guards. The sink's target is
 * at least 0.8 of this rate on the same store in the same run.
 *
 * <pre>{@code
 * try (Store bare = Store.open(emptyLocation)) {
 *   BareLoader.Result result = BareLoader.load(bare, articles, SinkConfig.DEFAULT_BATCH_SIZE);
 *   double storeBareRps = result.rowsPerSecond();
 * }
 * }</pre>
 */
public final class BareLoader {

  /**
   * What a load did.
   *
   * @param rows articles inserted (their tag rows not counted)
   * @param elapsed from the first batch to the last commit
   */
  public record Result(int rows, Duration elapsed) {
    public double rowsPerSecond() {
      return elapsed.isZero() ? 0 : rows * 1e9 / elapsed.toNanos();
    }
  }

  private BareLoader() {}

  /**
   * Inserts {@code articles} into {@code store} in transactions of {@code batchSize}.
   *
   * @param store a store that holds none of these articles yet (a freshly created one)
   * @throws StoreException when the database refuses a batch, for example an article already there
   */
  public static Result load(Store store, List<Article> articles, int batchSize) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(articles, "articles");
    if (batchSize < 1 || batchSize > SinkConfig.MAX_BATCH_SIZE) {
      throw new IllegalArgumentException(
          "batchSize must be from 1 to " + SinkConfig.MAX_BATCH_SIZE + ", got " + batchSize);
    }
    BareInserts inserts = new BareInserts(store.dialect());
    long start = System.nanoTime();
    try (Connection connection = store.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      for (int from = 0; from < articles.size(); from += batchSize) {
        inserts.insert(
            connection, articles.subList(from, Math.min(articles.size(), from + batchSize)));
        connection.commit();
      }
    } catch (SQLException e) {
      throw new StoreException("the bare load into " + store.location() + " failed", e);
    }
    return new Result(articles.size(), Duration.ofNanos(System.nanoTime() - start));
  }
}
