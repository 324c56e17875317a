package dev.akhbar.sink.internal;

import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import dev.akhbar.sink.internal.StoreWrite.DeadLetterWrite;
import dev.akhbar.sink.internal.StoreWrite.DuplicateWrite;
import dev.akhbar.sink.internal.StoreWrite.RejectedWrite;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a batch of records to the store inside the caller's transaction. Every statement is
 * guarded (see {@link ArticleUpserts} and {@link DuplicateMoves}), so applying a batch again, or in
 * another order across topics, leaves the same rows.
 */
public final class BatchWriter {

  private final Dialect dialect;
  private final ArticleUpserts articles;
  private final DuplicateMoves duplicates;
  private final AuditInserts audit;

  public BatchWriter(Dialect dialect) {
    this.dialect = dialect;
    this.articles = new ArticleUpserts(dialect);
    this.duplicates = new DuplicateMoves(dialect);
    this.audit = new AuditInserts(dialect);
  }

  /** Applies {@code writes} in their order; the caller commits or rolls back. */
  public WriteCounts apply(Connection connection, List<StoreWrite> writes) throws SQLException {
    List<String> articleIds = new ArrayList<>();
    for (StoreWrite write : writes) {
      if (write instanceof ArticleWrite || write instanceof DuplicateWrite) {
        articleIds.add(write.key());
      }
    }
    dialect.lockArticles(connection, articleIds);
    WriteCounts total = WriteCounts.NONE;
    for (List<StoreWrite> round : WriteRounds.split(writes)) {
      total = total.plus(applyRound(connection, round));
    }
    return total;
  }

  private WriteCounts applyRound(Connection connection, List<StoreWrite> round)
      throws SQLException {
    List<ArticleWrite> kept = new ArrayList<>();
    List<ArticleWrite> demoted = new ArrayList<>();
    List<DuplicateWrite> copies = new ArrayList<>();
    List<RejectedWrite> rejected = new ArrayList<>();
    List<DeadLetterWrite> deadLetters = new ArrayList<>();
    for (StoreWrite write : round) {
      if (write instanceof ArticleWrite a) {
        (a.placement() == ArticleWrite.Placement.DEMOTED ? demoted : kept).add(a);
      } else if (write instanceof DuplicateWrite d) {
        copies.add(d);
      } else if (write instanceof RejectedWrite r) {
        rejected.add(r);
      } else if (write instanceof DeadLetterWrite d) {
        deadLetters.add(d);
      }
    }
    int articleRows = articles.apply(connection, kept);
    int duplicateRows = duplicates.apply(connection, demoted, copies);
    int rejectedRows = audit.applyRejected(connection, rejected);
    int deadLetterRows = audit.applyDeadLetters(connection, deadLetters);
    int changed = articleRows + duplicateRows + rejectedRows + deadLetterRows;
    return new WriteCounts(
        articleRows,
        duplicateRows,
        rejectedRows,
        deadLetterRows,
        Math.max(0, round.size() - changed));
  }
}
