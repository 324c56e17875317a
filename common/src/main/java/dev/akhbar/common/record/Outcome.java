package dev.akhbar.common.record;

import java.time.Instant;
import java.util.List;

/**
 * The fate of one raw record: one record of {@code akhbar.outcomes.v1} per record the processor
 * read, written in the same transaction as the records it produced. Summing outcomes accounts for
 * every input record, including unchanged refetches, which produce nothing else.
 *
 * @param articleId the raw record's article id, null when the record could not be read
 * @param demoted the article ids this record demoted from original to copy (a later arrival that is
 *     an earlier original)
 */
public record Outcome(
    String articleId,
    OutcomeKind outcome,
    String sourceTopic,
    int partition,
    long offset,
    List<String> demoted,
    Instant processedAt) {

  public Outcome {
    demoted = demoted == null ? List.of() : List.copyOf(demoted);
  }
}
