package dev.akhbar.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The final state does not depend on the order of arrival (within each URL, order is kept). */
class DeterminismTest {

  @TempDir Path stateDir;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 20250306})
  void shuffledInputEndsInTheSameStateAsSortedInput(long seed) {
    List<Stories.Raw> sorted = Corpus.day();
    Map<String, String> expected = run(sorted, "sorted");
    Map<String, String> actual =
        run(Corpus.shuffledKeepingEachUrlInOrder(sorted, seed), "shuffled");

    assertThat(expected.values()).anyMatch(s -> s.contains(" near "));
    assertThat(FinalState.diff(expected, actual)).isEmpty();
  }

  /**
   * The band bucket filter is built a range at a time while the index works (wall-clock steps of
   * 100 ms); before it is complete, the build answers "maybe" for what it has not read. Neither
   * changes what the index finds: the same state as an index that never had time to build one.
   */
  @Test
  void theBandFilterBeingBuiltOrBuiltFindsWhatNoFilterFinds() {
    List<Stories.Raw> input = Corpus.day();
    Map<String, String> withoutFilter = run(input, "no-filter");
    Map<String, String> withFilter;
    try (TopologyHarness h =
        new TopologyHarness(
            ProcessorConfig.builder().stateDir(stateDir.resolve("filter")).build())) {
      for (Stories.Raw record : input) {
        h.send(record);
        h.advanceWallClock(Duration.ofMillis(100));
      }
      assertThat(h.outcomesSeen).hasSize(input.size());
      withFilter = FinalState.of(h.articlesSeen, h.duplicatesSeen);
    }

    assertThat(withoutFilter.values()).anyMatch(s -> s.contains(" near "));
    assertThat(FinalState.diff(withoutFilter, withFilter)).isEmpty();
  }

  /**
   * Half a window after the start the filter is built again, in steps, while the old one answers
   * and records keep arriving: what is filed meanwhile goes into both, and nothing is missed.
   */
  @Test
  void theBandFilterRebuiltMidStreamFindsWhatNoFilterFinds() {
    List<Stories.Raw> input = Corpus.day();
    Map<String, String> withoutFilter = run(input, "no-filter");
    Map<String, String> rebuilt;
    Duration halfWindow = ProcessorConfig.builder().build().dedupWindow().dividedBy(2);
    try (TopologyHarness h =
        new TopologyHarness(
            ProcessorConfig.builder().stateDir(stateDir.resolve("rebuilt")).build())) {
      int third = input.size() / 3;
      for (int i = 0; i < input.size(); i++) {
        if (i == third) {
          // The first build completes.
          h.advanceWallClock(Duration.ofMillis(100));
          h.advanceWallClock(Duration.ofMillis(100));
          // The rebuild starts; the records until the next step are filed into both filters.
          h.advanceWallClock(halfWindow);
        }
        if (i == 2 * third) {
          h.advanceWallClock(Duration.ofMillis(100));
          h.advanceWallClock(Duration.ofMillis(100));
        }
        h.send(input.get(i));
      }
      assertThat(h.outcomesSeen).hasSize(input.size());
      rebuilt = FinalState.of(h.articlesSeen, h.duplicatesSeen);
    }

    assertThat(FinalState.diff(withoutFilter, rebuilt)).isEmpty();
  }

  private Map<String, String> run(List<Stories.Raw> input, String name) {
    try (TopologyHarness h =
        new TopologyHarness(ProcessorConfig.builder().stateDir(stateDir.resolve(name)).build())) {
      input.forEach(h::send);
      assertThat(h.outcomesSeen).hasSize(input.size());
      return FinalState.of(h.articlesSeen, h.duplicatesSeen);
    }
  }
}
