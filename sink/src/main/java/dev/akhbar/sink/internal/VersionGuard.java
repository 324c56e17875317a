package dev.akhbar.sink.internal;

import dev.akhbar.sink.internal.RowStates.Copy;
import dev.akhbar.sink.internal.RowStates.Stored;
import java.util.Optional;

/**
 * Which record wins. Decisions about one article are ordered by dedup revision, then: a copy beats
 * an original at the same revision, a duplicate record (with method and similarity) beats a demoted
 * article record, and among originals the higher content version wins. A record at least as new as
 * what is stored applies (the same record again re-applies, changing nothing); an older one is
 * ignored. So the rows end the same whatever order the records arrive in.
 */
final class VersionGuard {

  private VersionGuard() {}

  /**
   * Whether an article record that keeps the article in {@code articles} (an original, or a
   * removal) at {@code version} and {@code revision} applies.
   */
  static boolean keeps(int version, int revision, Optional<Stored> article, Optional<Copy> copy) {
    if (copy.isPresent() && copy.get().revision() >= revision) {
      return false;
    }
    return article.isEmpty()
        || revision > article.get().revision()
        || (revision == article.get().revision() && version >= article.get().version());
  }

  /**
   * Whether a decision that the article is a copy applies: a duplicate record ({@code complete}) or
   * a demoted article record at {@code revision}.
   */
  static boolean copies(
      int revision, boolean complete, Optional<Stored> article, Optional<Copy> copy) {
    if (article.isPresent() && article.get().revision() > revision) {
      return false;
    }
    if (copy.isEmpty() || copy.get().revision() < revision) {
      return true;
    }
    return copy.get().revision() == revision && (complete || !copy.get().complete());
  }
}
