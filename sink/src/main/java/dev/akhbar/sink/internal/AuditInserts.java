package dev.akhbar.sink.internal;

import dev.akhbar.common.record.DeadLetter;
import dev.akhbar.common.record.Rejected;
import dev.akhbar.sink.internal.StoreWrite.DeadLetterWrite;
import dev.akhbar.sink.internal.StoreWrite.RejectedWrite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes the records kept for the audit trail: rejected articles and dead letters. */
final class AuditInserts {

  /** The newest rejection of an article wins; a replayed older one changes nothing. */
  private static final String UPSERT_REJECTED =
      "INSERT INTO rejected (article_id, reason, detail, url, source_id, title, language,"
          + " published_at, fetched_at, rejected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (article_id) DO UPDATE SET reason = excluded.reason,"
          + " detail = excluded.detail, url = excluded.url, source_id = excluded.source_id,"
          + " title = excluded.title, language = excluded.language,"
          + " published_at = excluded.published_at, fetched_at = excluded.fetched_at,"
          + " rejected_at = excluded.rejected_at"
          + " WHERE rejected.rejected_at IS NULL OR excluded.rejected_at >= rejected.rejected_at";

  private static final String INSERT_DEAD_LETTER =
      "INSERT INTO dead_letters (dead_letter_id, stage, error_class, error_message, source_topic,"
          + " source_partition, source_offset, input_line, original_base64, failed_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dead_letter_id) DO NOTHING";

  private final Dialect dialect;

  AuditInserts(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * A dead letter reports what went wrong, often with the bad text in its message; it must be
   * storable whatever that text holds, so its control characters (NUL, which PostgreSQL refuses,
   * among them) become spaces. The original record is kept intact in Base64.
   */
  private static String printable(String text) {
    return text == null ? null : ErrorText.printable(text);
  }

  int applyRejected(Connection connection, List<RejectedWrite> writes) throws SQLException {
    if (writes.isEmpty()) {
      return 0;
    }
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT_REJECTED)) {
      for (RejectedWrite w : writes) {
        Rejected r = w.rejected();
        Parameters.of(upsert, dialect)
            .text(r.articleId())
            .text(r.reason().wire())
            .text(r.detail())
            .text(r.url())
            .text(r.sourceId())
            .text(r.title())
            .text(r.language())
            .time(r.publishedAt())
            .time(r.fetchedAt())
            .time(r.rejectedAt())
            .addBatch();
      }
      return BatchCounts.changed(upsert.executeBatch());
    }
  }

  int applyDeadLetters(Connection connection, List<DeadLetterWrite> writes) throws SQLException {
    if (writes.isEmpty()) {
      return 0;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_DEAD_LETTER)) {
      for (DeadLetterWrite w : writes) {
        DeadLetter d = w.deadLetter();
        Parameters.of(insert, dialect)
            .text(w.key())
            .text(printable(d.stage()))
            .text(printable(d.errorClass()))
            .text(printable(d.errorMessage()))
            .text(printable(d.sourceTopic()))
            .optionalInteger(d.partition())
            .optionalLong(d.offset())
            .optionalLong(d.inputLine())
            .text(printable(d.originalBase64()))
            .time(d.failedAt())
            .addBatch();
      }
      return BatchCounts.changed(insert.executeBatch());
    }
  }
}
