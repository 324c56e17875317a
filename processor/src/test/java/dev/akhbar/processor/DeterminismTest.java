package dev.akhbar.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  private Map<String, String> run(List<Stories.Raw> input, String name) {
    try (TopologyHarness h =
        new TopologyHarness(ProcessorConfig.builder().stateDir(stateDir.resolve(name)).build())) {
      input.forEach(h::send);
      assertThat(h.outcomesSeen).hasSize(input.size());
      return FinalState.of(h.articlesSeen, h.duplicatesSeen);
    }
  }
}
