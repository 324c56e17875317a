package dev.akhbar.app.accounting;

/**
 * The one JSON line that {@code akhbar run --once} prints (docs/schema/run-summary.json): where
 * every input record ended up. The counts add up to {@code input} when nothing was lost.
 *
 * @param input non-blank lines of the input file
 * @param stored new story originals that remain originals
 * @param updated records that changed a known URL (a new version)
 * @param unchanged refetches of a known URL with unchanged content
 * @param duplicates copies, including originals demoted by an earlier arrival
 * @param rejected articles set aside on purpose
 * @param deadLetters lines and records that could not be processed
 */
public record RunSummary(
    long input,
    long stored,
    long updated,
    long unchanged,
    long duplicates,
    long rejected,
    long deadLetters) {

  /** Whether every input record is accounted for exactly once. */
  public boolean addsUp() {
    return stored >= 0
        && duplicates >= 0
        && stored + updated + unchanged + duplicates + rejected + deadLetters == input;
  }
}
