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
   * Half a window in, the band filter is built again from the band index, in a wall-clock step; the
   * records that follow find their copies through the new filter: the same state as with the filter
   * built at the start and never rebuilt.
   */
  @Test
  void theBandFilterRebuiltMidStreamFindsWhatTheFirstFilterFinds() {
    List<Stories.Raw> input = Corpus.day();
    Map<String, String> neverRebuilt = run(input, "never-rebuilt");
    // Just after the first record that a near copy links to another: its partner comes later, so
    // it must be found through the rebuilt filter.
    int split = 1;
    while (!neverRebuilt
        .getOrDefault(TopologyHarness.idOf(input.get(split - 1)), "")
        .contains(" near ")) {
      split++;
    }
    Map<String, String> rebuilt;
    Duration halfWindow = ProcessorConfig.builder().build().dedupWindow().dividedBy(2);
    try (TopologyHarness h =
        new TopologyHarness(
            ProcessorConfig.builder().stateDir(stateDir.resolve("rebuilt")).build())) {
      for (int i = 0; i < input.size(); i++) {
        if (i == split) {
          // The rebuild starts, half a window in, and reads the band index in its step.
          h.advanceWallClock(halfWindow);
          h.advanceWallClock(Duration.ofMillis(100));
        }
        h.send(input.get(i));
      }
      assertThat(h.outcomesSeen).hasSize(input.size());
      rebuilt = FinalState.of(h.articlesSeen, h.duplicatesSeen);
    }

    assertThat(neverRebuilt.values()).anyMatch(s -> s.contains(" near "));
    assertThat(FinalState.diff(neverRebuilt, rebuilt)).isEmpty();
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
