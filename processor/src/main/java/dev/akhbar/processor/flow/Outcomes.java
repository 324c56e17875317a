package dev.akhbar.processor.flow;

import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import java.time.Instant;
import java.util.List;

/** Builds the one outcome of a raw record. */
public final class Outcomes {

  private Outcomes() {}

  public static Outcome of(
      String articleId,
      OutcomeKind kind,
      SourcePosition position,
      List<String> demoted,
      Instant now) {
    return new Outcome(
        articleId, kind, position.topic(), position.partition(), position.offset(), demoted, now);
  }

  public static Outcome of(
      String articleId, OutcomeKind kind, SourcePosition position, Instant now) {
    return of(articleId, kind, position, List.of(), now);
  }
}
