package dev.akhbar.processor;

import static dev.akhbar.processor.Stories.raw;
import static org.assertj.core.api.Assertions.assertThat;

import dev.akhbar.broker.BrokerExtension;
import dev.akhbar.broker.EmbeddedKafkaBroker;
import dev.akhbar.common.record.Outcome;
import dev.akhbar.common.record.OutcomeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(BrokerExtension.class)
class ProcessorServiceIT {

  @TempDir Path stateA;
  @TempDir Path stateB;

  @Test
  void findsCopiesAcrossPartitionsAndDemotesALateOriginal(EmbeddedKafkaBroker broker)
      throws Exception {
    List<Stories.Raw> input =
        List.of(
            raw("https://late.example/a", Stories.RATES_TITLE, Stories.RATES_BODY)
                .published("2025-03-06T10:00:00Z"),
            raw("https://other.example/b", Stories.STORM_TITLE, Stories.STORM_BODY),
            raw("https://copy.example/c", "نسخة", Stories.RATES_BODY_RESPELLED)
                .published("2025-03-06T11:00:00Z"),
            raw("https://early.example/d", "عاجل", Stories.RATES_BODY)
                .published("2025-03-06T07:00:00Z"),
            raw("https://bad.example/e", "t", "قصير"));
    try (PipelineRun run = new PipelineRun(broker, stateA, 4, 1)) {
      run.start();
      assertThat(run.service.state()).isEqualTo(KafkaStreams.State.RUNNING);
      run.send(input);

      List<Outcome> outcomes = run.awaitOutcomes(input.size());
      assertThat(outcomes).hasSize(input.size());
      assertThat(outcomes)
          .extracting(Outcome::outcome)
          .containsExactlyInAnyOrder(
              OutcomeKind.NEW,
              OutcomeKind.NEW,
              OutcomeKind.DUPLICATE,
              OutcomeKind.NEW,
              OutcomeKind.REJECTED);
      String late = TopologyHarness.idOf(input.get(0));
      String early = TopologyHarness.idOf(input.get(3));
      assertThat(outcomes.stream().flatMap(o -> o.demoted().stream())).containsExactly(late);

      Map<String, String> state = run.finalState();
      assertThat(state.get(early)).startsWith("original");
      assertThat(state.get(late)).isEqualTo("copy of " + early + " exact 1.0000 content-hash");
      assertThat(state.get(TopologyHarness.idOf(input.get(2))))
          .isEqualTo("copy of " + early + " exact 1.0000 content-hash");
    }
  }

  @Test
  void shuffledInputOnFourPartitionsAndTwoThreadsEndsAsSortedInputOnOne(EmbeddedKafkaBroker broker)
      throws Exception {
    List<Stories.Raw> sorted = Corpus.day();
    List<Stories.Raw> shuffled = Corpus.shuffledKeepingEachUrlInOrder(sorted, 20250306L);
    assertThat(shuffled).isNotEqualTo(sorted);

    Map<String, String> fromSorted;
    try (PipelineRun run = new PipelineRun(broker, stateA, 1, 1)) {
      run.start();
      run.send(sorted);
      assertThat(run.awaitOutcomes(sorted.size())).hasSize(sorted.size());
      fromSorted = run.finalState();
    }
    Map<String, String> fromShuffled;
    try (PipelineRun run = new PipelineRun(broker, stateB, 4, 2)) {
      run.start();
      run.send(shuffled);
      assertThat(run.awaitOutcomes(shuffled.size())).hasSize(shuffled.size());
      fromShuffled = run.finalState();
    }

    assertThat(fromSorted.values()).anyMatch(s -> s.contains(" near "));
    assertThat(fromSorted.values()).anyMatch(s -> s.contains(" exact "));
    assertThat(FinalState.diff(fromSorted, fromShuffled)).isEmpty();
  }
}
