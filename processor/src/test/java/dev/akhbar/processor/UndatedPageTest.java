package dev.akhbar.processor;

import static dev.akhbar.processor.Stories.raw;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page without {@code published_at} (the print version of an article carries no date) is compared
 * with everything the indexes hold, whatever its {@code fetched_at}: a crawler that fetches a
 * story's print page today links it to the story published a year ago. Two dated articles are still
 * compared only within the window of each other.
 */
class UndatedPageTest {

  static final Instant TODAY = Instant.parse("2026-11-30T05:00:00Z");

  @TempDir Path stateDir;

  static Stories.Raw original() {
    return raw("https://a.example/2025/01/rates", "t", Stories.RATES_BODY)
        .published("2025-01-29T08:00:00Z")
        .fetched(TODAY.toString());
  }

  static Stories.Raw printedExactCopy() {
    return raw("https://a.example/print/rates", "t", Stories.RATES_BODY).fetched(TODAY.toString());
  }

  static Stories.Raw printedNearCopy() {
    return raw("https://b.example/print/rates", "t", Stories.RATES_BODY + "\n\nوكالة الأنباء")
        .fetched(TODAY.toString());
  }

  @Test
  void pagesWithoutADateFetchedAYearLaterAreCopiesOfTheOriginal() {
    try (TopologyHarness h = new TopologyHarness(stateDir)) {
      h.send(original(), TODAY);
      h.send(printedExactCopy(), TODAY);
      h.send(printedNearCopy(), TODAY);

      assertThat(h.outcomesSeen)
          .extracting(Outcome::outcome)
          .containsExactly(OutcomeKind.NEW, OutcomeKind.DUPLICATE, OutcomeKind.DUPLICATE);
      assertTheCopiesPointToTheOriginal(h);
    }
  }

  @Test
  void theOriginalFetchedAfterItsUndatedCopiesStillBecomesTheOriginal() {
    try (TopologyHarness h = new TopologyHarness(stateDir)) {
      h.send(printedExactCopy(), TODAY);
      h.send(printedNearCopy(), TODAY);
      h.send(original(), TODAY);

      assertTheCopiesPointToTheOriginal(h);
      assertThat(h.storedOriginals().keySet()).containsExactly(TopologyHarness.idOf(original()));
    }
  }

  @Test
  void datedArticlesFurtherApartThanTheWindowAreStillNotComparedWhenFetchedTogether() {
    try (TopologyHarness h = new TopologyHarness(stateDir)) {
      h.send(original(), TODAY);
      h.send(
          raw("https://c.example/2025/02/rates", "t", Stories.RATES_BODY)
              .published("2025-02-05T08:00:01Z")
              .fetched(TODAY.toString()),
          TODAY);

      assertThat(h.outcomesSeen)
          .extracting(Outcome::outcome)
          .containsExactly(OutcomeKind.NEW, OutcomeKind.NEW);
      assertThat(h.latestDuplicates()).isEmpty();
    }
  }

  private static void assertTheCopiesPointToTheOriginal(TopologyHarness h) {
    Map<String, Duplicate> copies = h.latestDuplicates();
    assertThat(copies.keySet())
        .containsExactlyInAnyOrderElementsOf(
            List.of(
                TopologyHarness.idOf(printedExactCopy()), TopologyHarness.idOf(printedNearCopy())));
    assertThat(copies.values())
        .extracting(Duplicate::duplicateOf)
        .containsOnly(TopologyHarness.idOf(original()));
  }
}
