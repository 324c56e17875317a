package dev.akhbar.processor.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TopicModelTrainerTest {

  @Test
  void theShippedModelIsWhatTheTrainerMakesFromTheShippedExamples() throws IOException {
    String retrained = TopicModelTrainer.train(Lexicon.load()).render();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(TopicModel.RESOURCE)) {
      assertThat(in).as("shipped model").isNotNull();
      String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(shipped)
          .as("topic-model.tsv is stale: run TopicModelTrainer (see its Javadoc)")
          .isEqualTo(retrained);
    }
  }

  @Test
  void everyTopicOfTheTaxonomyHasExamples() {
    TopicModel model = TopicModel.load();
    assertThat(model.topics()).containsExactly(Topic.values());
    assertThat(model.vocabularySize()).isGreaterThan(500);
  }

  @Test
  void withNoKnownWordNoTopicScores() {
    assertThat(TopicModel.load().score(java.util.List.of("xyzzy"))).containsOnly(0.0);
  }
}
