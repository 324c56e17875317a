package dev.akhbar.sink.internal;

import dev.akhbar.sink.internal.PendingBatch.Entry;
import dev.akhbar.sink.internal.StoreWrite.DeadLetterWrite;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a batch in one transaction. When the database refuses something in it (a record problem,
 * see {@link Dialect#isRecordProblem}), writes the records one by one to find which, and turns
 * those into dead letters, so that one bad record never blocks its partition. When the database
 * itself fails, throws {@link RetryableFailure} and the caller retries the whole batch.
 */
final class BatchApplier {

  private static final Logger LOG = LoggerFactory.getLogger(BatchApplier.class);

  /** What writing a batch did. */
  record Applied(WriteCounts counts, List<OutgoingDeadLetter> deadLetters, int dropped) {}

  private final TransactionalWriter writer;
  private final Dialect dialect;
  private final Supplier<Instant> clock;

  BatchApplier(TransactionalWriter writer, Dialect dialect, Supplier<Instant> clock) {
    this.writer = writer;
    this.dialect = dialect;
    this.clock = clock;
  }

  Applied apply(PendingBatch batch) throws RetryableFailure {
    List<OutgoingDeadLetter> deadLetters = new ArrayList<>(batch.refused());
    List<StoreWrite> writes = batch.writes().stream().map(Entry::write).toList();
    if (writes.isEmpty()) {
      return new Applied(WriteCounts.NONE, deadLetters, 0);
    }
    try {
      return new Applied(writer.write(writes), deadLetters, 0);
    } catch (SQLException e) {
      if (!dialect.isRecordProblem(e)) {
        throw new RetryableFailure("the store failed: " + ErrorText.of(e), e);
      }
      LOG.warn(
          "the store refused a record of a batch of {}, writing them one by one: {}",
          writes.size(),
          ErrorText.of(e));
    } catch (RuntimeException e) {
      // A value no store could take (a date beyond year 9999): find it like a refused record.
      LOG.warn(
          "a record of a batch of {} cannot be written, writing them one by one", writes.size(), e);
    }
    return applyOneByOne(batch.writes(), deadLetters);
  }

  private Applied applyOneByOne(List<Entry> entries, List<OutgoingDeadLetter> deadLetters)
      throws RetryableFailure {
    WriteCounts counts = WriteCounts.NONE;
    int dropped = 0;
    for (Entry entry : entries) {
      try {
        counts = counts.plus(writer.write(List.of(entry.write())));
      } catch (SQLException e) {
        if (!dialect.isRecordProblem(e)) {
          throw new RetryableFailure("the store failed: " + ErrorText.of(e), e);
        }
        dropped += refuse(entry, e, deadLetters);
      } catch (RuntimeException e) {
        dropped += refuse(entry, e, deadLetters);
      }
    }
    return new Applied(counts, deadLetters, dropped);
  }

  /**
   * Adds the dead letter of a refused entry and returns 0; a refused dead letter itself is logged
   * and counted as dropped (1) instead, because sending it to the dead-letter topic would loop.
   */
  private int refuse(Entry entry, Exception error, List<OutgoingDeadLetter> deadLetters) {
    var record = entry.record();
    if (entry.write() instanceof DeadLetterWrite) {
      LOG.error(
          "dead letter {}-{}@{} cannot be stored and is dropped: {}",
          record.topic(),
          record.partition(),
          record.offset(),
          ErrorText.of(error));
      return 1;
    }
    LOG.warn(
        "record {}-{}@{} cannot be written, sending it to the dead-letter topic: {}",
        record.topic(),
        record.partition(),
        record.offset(),
        ErrorText.of(error));
    deadLetters.add(OutgoingDeadLetter.of(record, DeadLetterReason.UNWRITABLE, error, clock.get()));
    return 0;
  }
}
