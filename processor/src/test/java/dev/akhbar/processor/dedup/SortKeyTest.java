package dev.akhbar.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The original of a cluster: earliest publication first, undated last, then the smaller id. */
class SortKeyTest {

  @Test
  void ordersByPublicationThenUndatedLastThenId() {
    SortKey early = new SortKey(Instant.parse("2025-03-01T08:00:00Z"), "b");
    SortKey earlySmallerId = new SortKey(Instant.parse("2025-03-01T08:00:00Z"), "a");
    SortKey late = new SortKey(Instant.parse("2025-03-02T08:00:00Z"), "0");
    SortKey undated = new SortKey(null, "0");
    SortKey undatedLargerId = new SortKey(null, "z");
    List<SortKey> keys =
        new ArrayList<>(List.of(undatedLargerId, late, early, undated, earlySmallerId));
    Collections.shuffle(keys, new java.util.Random(5));
    Collections.sort(keys);

    assertThat(keys).containsExactly(earlySmallerId, early, late, undated, undatedLargerId);
    assertThat(early.compareTo(new SortKey(early.publishedAt(), "b"))).isZero();
    assertThat(undated.isBefore(late)).isFalse();
  }
}
