package dev.akhbar.processor.tag;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains the topic model from {@code topic-training.tsv} (rows {@code topic TAB text}, written for
 * akhbar) and writes {@code topic-model.tsv}. Deterministic: the same examples give the same file,
 * which a test checks against the shipped model.
 *
 * <pre>java -cp processor/target/classes:… dev.akhbar.processor.tag.TopicModelTrainer \
 *   processor/src/main/resources/dev/akhbar/processor/tag/topic-model.tsv</pre>
 */
public final class TopicModelTrainer {

  static final String EXAMPLES = "dev/akhbar/processor/tag/topic-training.tsv";

  /** Laplace smoothing added to every feature count. */
  static final double SMOOTHING = 0.5;

  private TopicModelTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: TopicModelTrainer OUTPUT_TSV");
      System.exit(2);
    }
    TopicModel model = train(Lexicon.load());
    Files.writeString(Path.of(args[0]), model.render(), StandardCharsets.UTF_8);
    System.err.println("wrote " + args[0] + " with " + model.vocabularySize() + " features");
  }

  /**
   * Trains on the shipped examples. Priors are uniform: the examples are not a sample of the news,
   * so their topic counts say nothing about how often a topic occurs.
   */
  static TopicModel train(Lexicon lexicon) {
    TopicFeatures features = new TopicFeatures(lexicon);
    Topic[] topics = Topic.values();
    Map<Topic, Map<String, Integer>> counts = new EnumMap<>(Topic.class);
    Map<Topic, Integer> totals = new EnumMap<>(Topic.class);
    Map<String, Integer> vocabulary = new HashMap<>();
    for (Topic t : topics) {
      counts.put(t, new HashMap<>());
      totals.put(t, 0);
    }
    for (String[] row : ResourceLines.read(EXAMPLES)) {
      Topic topic =
          Topic.fromCode(row[0])
              .orElseThrow(() -> new IllegalStateException("unknown topic in examples: " + row[0]));
      List<String> words = features.of(ProjectedText.of(ResourceLines.field(row, 1)));
      for (String w : words) {
        counts.get(topic).merge(w, 1, Integer::sum);
        vocabulary.merge(w, 1, Integer::sum);
      }
      totals.merge(topic, words.size(), Integer::sum);
    }
    int v = vocabulary.size();
    Map<String, double[]> likelihood = new HashMap<>();
    for (String w : vocabulary.keySet()) {
      double[] logs = new double[topics.length];
      for (int k = 0; k < topics.length; k++) {
        int c = counts.get(topics[k]).getOrDefault(w, 0);
        logs[k] = Math.log((c + SMOOTHING) / (totals.get(topics[k]) + SMOOTHING * v));
      }
      likelihood.put(w, logs);
    }
    return new TopicModel(topics, new double[topics.length], likelihood);
  }
}
