package dev.akhbar.processor;

import static dev.akhbar.processor.Stories.raw;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.common.record.Duplicate;
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clusters are connected components: a bridging article merges two clusters. */
class ClusterTest {

  @TempDir Path stateDir;

  /** Nine paragraphs; A, C and B take overlapping runs of them. */
  private static final List<String> PARAGRAPHS = new ArrayList<>();

  static {
    PARAGRAPHS.addAll(List.of(Stories.RATES_BODY.split("\n\n")));
    PARAGRAPHS.addAll(List.of(Stories.STORM_BODY.split("\n\n")));
  }

  private static String run(int from, int to) {
    return String.join("\n\n", PARAGRAPHS.subList(from, to));
  }

  private static final Stories.Raw A =
      raw("https://a.example/1", "أ", run(0, 4)).published("2025-03-06T01:00:00Z");
  private static final Stories.Raw B =
      raw("https://b.example/1", "ب", run(2, 6)).published("2025-03-06T02:00:00Z");
  private static final Stories.Raw A_COPY =
      raw("https://a2.example/1", "أ", run(0, 4)).published("2025-03-06T03:00:00Z");
  private static final Stories.Raw B_COPY =
      raw("https://b2.example/1", "ب", run(2, 6)).published("2025-03-06T04:00:00Z");
  private static final Stories.Raw BRIDGE =
      raw("https://c.example/1", "ج", run(1, 5)).published("2025-03-06T05:00:00Z");

  @Test
  void aBridgeMergesTwoClustersUnderTheEarliestOriginal() {
    try (TopologyHarness h = new TopologyHarness(stateDir)) {
      h.send(A).send(B).send(A_COPY).send(B_COPY);
      assertThat(h.storedOriginals())
          .containsOnlyKeys(TopologyHarness.idOf(A), TopologyHarness.idOf(B));

      h.send(BRIDGE);

      String a = TopologyHarness.idOf(A);
      assertThat(h.storedOriginals()).containsOnlyKeys(a);
      assertThat(h.latestDuplicates().values())
          .extracting(Duplicate::duplicateOf)
          .hasSize(4)
          .containsOnly(a);
      Outcome bridge = h.outcomesSeen.get(4);
      assertThat(bridge.outcome()).isEqualTo(OutcomeKind.DUPLICATE);
      assertThat(bridge.demoted()).containsExactly(TopologyHarness.idOf(B));
      long demotions = h.outcomesSeen.stream().mapToLong(o -> o.demoted().size()).sum();
      assertThat(h.outcomeCounts().get(OutcomeKind.NEW) - demotions).isEqualTo(1);
      assertThat(h.outcomeCounts().get(OutcomeKind.DUPLICATE) + demotions).isEqualTo(4);
    }
  }

  @Test
  void theEndStateIsTheSameInEveryOrder() {
    List<Stories.Raw> all = List.of(A, B, A_COPY, B_COPY, BRIDGE);
    Map<String, String> expected = null;
    List<List<Stories.Raw>> orders = new ArrayList<>();
    orders.add(all);
    List<Stories.Raw> reversed = new ArrayList<>(all);
    Collections.reverse(reversed);
    orders.add(reversed);
    orders.add(List.of(BRIDGE, B_COPY, A, B, A_COPY));
    orders.add(List.of(B, BRIDGE, A_COPY, B_COPY, A));
    int i = 0;
    for (List<Stories.Raw> order : orders) {
      try (TopologyHarness h =
          new TopologyHarness(
              ProcessorConfig.builder().stateDir(stateDir.resolve("o" + i++)).build())) {
        order.forEach(h::send);
        Map<String, String> state = FinalState.of(h.articlesSeen, h.duplicatesSeen);
        if (expected == null) {
          expected = state;
        }
        assertThat(FinalState.diff(expected, state)).isEmpty();
        long demotions = h.outcomesSeen.stream().mapToLong(o -> o.demoted().size()).sum();
        assertThat(h.outcomeCounts().getOrDefault(OutcomeKind.NEW, 0) - demotions).isEqualTo(1);
      }
    }
  }
}
