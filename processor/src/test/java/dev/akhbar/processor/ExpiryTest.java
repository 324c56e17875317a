package dev.akhbar.processor;

import static dev.akhbar.processor.Stories.raw;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import dev.akhbar.processor.dedup.DedupNode;
import dev.akhbar.processor.dedup.DedupStores;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pairs are compared by event time (within the window of each other); state is kept for one window
 * of processing time after it was filed, then forgotten. Records are sent at their publication
 * time, as a live crawler would (a stated time far past the record's own is clamped).
 */
class ExpiryTest {

  @TempDir Path stateDir;

  @Test
  void copiesAFewDaysApartAreFoundWithinTheWindow() {
    try (TopologyHarness h = new TopologyHarness(stateDir)) {
      h.send(
          raw("https://a.example/1", "t", Stories.RATES_BODY).published("2025-03-01T08:00:00Z"),
          Instant.parse("2025-03-01T08:00:00Z"));
      h.send(
          raw("https://b.example/1", "t", Stories.RATES_BODY).published("2025-03-07T08:00:00Z"),
          Instant.parse("2025-03-07T08:00:00Z"));

      assertThat(h.outcomesSeen)
          .extracting(Outcome::outcome)
          .containsExactly(OutcomeKind.NEW, OutcomeKind.DUPLICATE);
    }
  }

  @Test
  void copiesFurtherApartThanTheWindowAreNotCompared() {
    try (TopologyHarness h = new TopologyHarness(stateDir)) {
      h.send(
          raw("https://a.example/1", "t", Stories.RATES_BODY).published("2025-03-01T08:00:00Z"),
          Instant.parse("2025-03-01T08:00:00Z"));
      h.send(
          raw("https://b.example/1", "t", Stories.RATES_BODY).published("2025-03-08T08:00:01Z"),
          Instant.parse("2025-03-08T08:00:01Z"));

      assertThat(h.outcomesSeen)
          .extracting(Outcome::outcome)
          .containsExactly(OutcomeKind.NEW, OutcomeKind.NEW);
    }
  }

  @Test
  void anUndatedPageFetchedTodayDoesNotPushOlderCopiesOutOfTheWindow() {
    try (TopologyHarness h = new TopologyHarness(stateDir)) {
      h.send(
          raw("https://a.example/1", "t", Stories.RATES_BODY).published("2025-03-01T08:00:00Z"),
          Instant.parse("2025-03-01T08:00:00Z"));
      // A page without a date: its event time is when it was fetched, more than a year later.
      h.send(
          raw("https://z.example/1", "t", Stories.STORM_BODY).fetched("2026-11-30T05:00:00Z"),
          Instant.parse("2026-11-30T05:00:00Z"));
      // A copy of the first story, a day after it: the two are within the window of each other.
      h.send(
          raw("https://b.example/1", "t", Stories.RATES_BODY).published("2025-03-02T08:00:00Z"),
          Instant.parse("2025-03-02T08:00:00Z"));
      h.send(
          raw("https://c.example/1", "t", Stories.RATES_BODY + "\n\nوكالة الأنباء")
              .published("2025-03-03T08:00:00Z"),
          Instant.parse("2025-03-03T08:00:00Z"));

      assertThat(h.outcomesSeen)
          .extracting(Outcome::outcome)
          .containsExactly(
              OutcomeKind.NEW, OutcomeKind.NEW, OutcomeKind.DUPLICATE, OutcomeKind.DUPLICATE);
      assertThat(h.latestDuplicates().keySet())
          .containsExactlyInAnyOrder(
              TopologyHarness.idOfUrl("https://b.example/1"),
              TopologyHarness.idOfUrl("https://c.example/1"));
    }
  }

  @Test
  void stateIsForgottenOneWindowOfProcessingTimeAfterItWasFiled() {
    try (TopologyHarness h = new TopologyHarness(stateDir)) {
      Stories.Raw old =
          raw("https://a.example/1", "t", Stories.RATES_BODY).published("2025-03-01T08:00:00Z");
      h.send(old, Instant.parse("2025-03-01T08:00:00Z"));
      // A window and more of processing time later, other news is filed and the purge runs.
      h.driver.advanceWallClockTime(
          h.config.dedupWindow().plus(DedupNode.PURGE_INTERVAL).plusHours(1));
      h.send(
          raw("https://z.example/1", "t", Stories.STORM_BODY).published("2025-03-22T08:00:00Z"),
          Instant.parse("2025-03-22T08:00:00Z"));

      KeyValueStore<String, Object> nodes = h.driver.getKeyValueStore(DedupStores.NODES);
      assertThat(nodes.get(TopologyHarness.idOf(old))).isNull();
      assertThat(h.driver.getKeyValueStore(DedupStores.ARTICLES).get(TopologyHarness.idOf(old)))
          .isNull();

      // A copy of the old story, dated a day after it: its partner has left the index.
      h.send(
          raw("https://b.example/1", "t", Stories.RATES_BODY).published("2025-03-02T08:00:00Z"),
          Instant.parse("2025-03-02T08:00:00Z"));
      // The old URL again: its state is gone, so it is new again.
      h.send(old, Instant.parse("2025-03-22T08:00:00Z"));

      assertThat(h.outcomesSeen)
          .extracting(Outcome::outcome)
          .containsExactly(OutcomeKind.NEW, OutcomeKind.NEW, OutcomeKind.NEW, OutcomeKind.NEW);
    }
  }
}
