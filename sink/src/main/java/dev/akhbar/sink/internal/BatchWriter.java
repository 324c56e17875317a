package dev.akhbar.sink.internal;

import dev.akhbar.common.record.Article;
import dev.akhbar.common.record.Duplicate;
import dev.akhbar.sink.internal.StoreWrite.ArticleWrite;
import dev.akhbar.sink.internal.StoreWrite.DeadLetterWrite;
import dev.akhbar.sink.internal.StoreWrite.DuplicateWrite;
import dev.akhbar.sink.internal.StoreWrite.RejectedWrite;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a batch of records to the store inside the caller's transaction.
 *
 * <p>Per round ({@link WriteRounds}): lock the round's articles, read what the store holds about
 * them ({@link RowStates}), decide in memory which records win ({@link VersionGuard}), then write
 * the winners with plain batched statements. Article records are decided before duplicate records,
 * and their statements run in that order too, so that the two records of one article in one round
 * see each other's effect. A new article is written exactly as the bare loader writes it; only
 * updates, removals and demotions cost more.
 */
public final class BatchWriter {

  private final Dialect dialect;
  private final ArticleRows articles;
  private final CopyRows copies;
  private final AuditInserts audit;

  public BatchWriter(Dialect dialect) {
    this.dialect = dialect;
    this.articles = new ArticleRows(dialect, new BareInserts(dialect));
    this.copies = new CopyRows(dialect);
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
    List<ArticleWrite> articleWrites = new ArrayList<>();
    List<DuplicateWrite> duplicateWrites = new ArrayList<>();
    List<RejectedWrite> rejected = new ArrayList<>();
    List<DeadLetterWrite> deadLetters = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (StoreWrite write : round) {
      if (write instanceof ArticleWrite a) {
        articleWrites.add(a);
        ids.add(a.key());
      } else if (write instanceof DuplicateWrite d) {
        duplicateWrites.add(d);
        ids.add(d.key());
      } else if (write instanceof RejectedWrite r) {
        rejected.add(r);
      } else if (write instanceof DeadLetterWrite d) {
        deadLetters.add(d);
      }
    }
    RowStates states = RowStates.read(connection, ids);
    ArticleRows.Plan articlePlan = new ArticleRows.Plan();
    CopyRows.Plan copyPlan = new CopyRows.Plan();
    int unchanged = 0;
    for (ArticleWrite w : articleWrites) {
      if (!decide(w, states, articlePlan, copyPlan)) {
        unchanged++;
      }
    }
    for (DuplicateWrite w : duplicateWrites) {
      if (!decide(w.duplicate(), states, copyPlan)) {
        unchanged++;
      }
    }
    articles.apply(connection, articlePlan);
    copies.apply(connection, copyPlan);
    int rejectedRows = audit.applyRejected(connection, rejected);
    int deadLetterRows = audit.applyDeadLetters(connection, deadLetters);
    unchanged += rejected.size() - rejectedRows + deadLetters.size() - deadLetterRows;
    return new WriteCounts(
        articlePlan.rows(), copyPlan.rows.size(), rejectedRows, deadLetterRows, unchanged);
  }

  /** Plans an article record if it wins; false if it changes nothing. */
  private static boolean decide(
      ArticleWrite w, RowStates states, ArticleRows.Plan articlePlan, CopyRows.Plan copyPlan) {
    String id = w.key();
    Article a = w.article();
    var stored = states.article(id);
    var copy = states.copy(id);
    if (w.placement() == ArticleWrite.Placement.DEMOTED) {
      if (!VersionGuard.copies(w.revision(), false, stored, copy)) {
        return false;
      }
      if (stored.isPresent()) {
        copyPlan.leaveArticles.add(id);
      }
      copyPlan.rows.add(CopyRows.Row.of(a));
      states.copied(id, w.revision(), false);
      return true;
    }
    if (!VersionGuard.keeps(w.version(), w.revision(), stored, copy)) {
      return false;
    }
    if (stored.isEmpty()) {
      articlePlan.inserts.add(a);
    } else if (w.placement() == ArticleWrite.Placement.REMOVED) {
      articlePlan.removals.add(a);
    } else {
      articlePlan.updates.add(a);
    }
    if (copy.isPresent()) {
      articlePlan.leaveDuplicates.add(id);
    }
    states.stored(id, w.version(), w.revision());
    return true;
  }

  /** Plans a duplicate record if it wins; false if it changes nothing. */
  private static boolean decide(Duplicate d, RowStates states, CopyRows.Plan copyPlan) {
    String id = d.articleId();
    var stored = states.article(id);
    if (!VersionGuard.copies(d.revision(), true, stored, states.copy(id))) {
      return false;
    }
    if (stored.isPresent()) {
      copyPlan.leaveArticles.add(id);
    }
    copyPlan.rows.add(CopyRows.Row.of(d));
    states.copied(id, d.revision(), true);
    return true;
  }
}
