package dev.akhbar.app.accounting;

import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts the processor's outcome records (docs/contract.md, {@code akhbar.outcomes.v1}). Final
 * originals are new records minus demotions; final copies are duplicates plus demotions.
 */
public final class OutcomeTally {

  private final Map<OutcomeKind, Long> counts = new EnumMap<>(OutcomeKind.class);
  private long demotions;
  private long total;

  public void add(Outcome outcome) {
    counts.merge(outcome.outcome(), 1L, Long::sum);
    demotions += outcome.demoted().size();
    total++;
  }

  /** How many raw records have an outcome. */
  public long total() {
    return total;
  }

  public long count(OutcomeKind kind) {
    return counts.getOrDefault(kind, 0L);
  }

  public long demotions() {
    return demotions;
  }

  /**
   * The summary of a run whose input had {@code input} records, of which {@code
   * backfillDeadLetters} never reached the raw topic because they could not be read.
   */
  public RunSummary summary(long input, long backfillDeadLetters) {
    return new RunSummary(
        input,
        count(OutcomeKind.NEW) - demotions,
        count(OutcomeKind.UPDATE),
        count(OutcomeKind.UNCHANGED),
        count(OutcomeKind.DUPLICATE) + demotions,
        count(OutcomeKind.REJECTED),
        count(OutcomeKind.DEAD_LETTER) + backfillDeadLetters);
  }
}
