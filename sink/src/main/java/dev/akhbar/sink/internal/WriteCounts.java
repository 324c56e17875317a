package dev.akhbar.sink.internal;

/**
 * What a batch changed in the store.
 *
 * @param articles rows of articles inserted or updated
 * @param duplicates rows of duplicates inserted or updated
 * @param rejected rows of rejected inserted or updated
 * @param deadLetters rows of dead_letters inserted
 * @param unchanged records that changed no row: older than what is stored, or already stored
 */
public record WriteCounts(
    int articles, int duplicates, int rejected, int deadLetters, int unchanged) {

  public static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0);

  public WriteCounts plus(WriteCounts other) {
    return new WriteCounts(
        articles + other.articles,
        duplicates + other.duplicates,
        rejected + other.rejected,
        deadLetters + other.deadLetters,
        unchanged + other.unchanged);
  }
}
