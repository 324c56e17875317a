package dev.akhbar.processor.tag;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A multinomial naive Bayes model over {@link TopicFeatures}: a log prior per topic and, per
 * feature, the log probability of seeing it in each topic. Stored as TSV ({@code topic-model.tsv}):
 * a header row of topic codes, a {@code #prior} row, then one row per feature. Features the model
 * never saw are skipped, not smoothed: they say nothing about any topic.
 */
final class TopicModel {

  static final String RESOURCE = "dev/akhbar/processor/tag/topic-model.tsv";
  static final String PRIOR_ROW = "@prior";
  static final String HEADER_ROW = "@topics";

  /**
   * How sharply the mean log-likelihood per feature separates topics into scores; larger is more
   * confident. Chosen so that a clear story scores its topic above 0.8.
   */
  static final double SHARPNESS = 6.0;

  private final Topic[] topics;
  private final double[] prior;
  private final Map<String, double[]> likelihood;

  TopicModel(Topic[] topics, double[] prior, Map<String, double[]> likelihood) {
    this.topics = topics.clone();
    this.prior = prior.clone();
    this.likelihood = Map.copyOf(likelihood);
  }

  static TopicModel load() {
    List<String[]> rows = ResourceLines.read(RESOURCE);
    Topic[] topics = null;
    double[] prior = null;
    Map<String, double[]> likelihood = new HashMap<>();
    for (String[] row : rows) {
      if (row[0].equals(HEADER_ROW)) {
        topics = new Topic[row.length - 1];
        for (int i = 1; i < row.length; i++) {
          String code = row[i];
          topics[i - 1] =
              Topic.fromCode(code)
                  .orElseThrow(() -> new IllegalStateException("unknown topic in model: " + code));
        }
      } else if (row[0].equals(PRIOR_ROW)) {
        prior = numbers(row);
      } else {
        likelihood.put(row[0], numbers(row));
      }
    }
    if (topics == null || prior == null || prior.length != topics.length) {
      throw new IllegalStateException("topic model " + RESOURCE + " lacks its header or prior row");
    }
    return new TopicModel(topics, prior, likelihood);
  }

  Topic[] topics() {
    return topics.clone();
  }

  int vocabularySize() {
    return likelihood.size();
  }

  /** The log likelihoods of a feature per topic, or null when the model never saw it. */
  double[] row(String feature) {
    return likelihood.get(feature);
  }

  /** {@link #score(double[], int)} of a list of features. */
  double[] score(List<String> features) {
    double[] sum = new double[topics.length];
    int known = 0;
    for (String feature : features) {
      known += add(sum, likelihood.get(feature), 1);
    }
    return score(sum, known);
  }

  /**
   * Adds a feature's row {@code weight} times to {@code sum}; returns how many features it added.
   */
  static int add(double[] sum, double[] logs, int weight) {
    if (logs == null) {
      return 0;
    }
    for (int k = 0; k < sum.length; k++) {
      sum[k] += weight * logs[k];
    }
    return weight;
  }

  /**
   * A score in [0, 1] per topic (same order as {@link #topics()}), summing to 1, from the summed
   * log likelihoods of {@code known} features; all zero when {@code known} is 0.
   */
  double[] score(double[] sum, int known) {
    double[] scores = new double[topics.length];
    if (known == 0) {
      return scores;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < sum.length; k++) {
      sum[k] = SHARPNESS * sum[k] / known + prior[k];
      max = Math.max(max, sum[k]);
    }
    double total = 0;
    for (int k = 0; k < sum.length; k++) {
      scores[k] = Math.exp(sum[k] - max);
      total += scores[k];
    }
    for (int k = 0; k < scores.length; k++) {
      scores[k] /= total;
    }
    return scores;
  }

  /** The model as TSV, rows sorted, numbers with four decimals: what {@link #load} reads. */
  String render() {
    StringBuilder out = new StringBuilder();
    out.append(
        "# Multinomial naive Bayes topic model written by TopicModelTrainer; do not edit.\n");
    out.append(HEADER_ROW);
    for (Topic t : topics) {
      out.append('\t').append(t.code());
    }
    out.append('\n');
    appendRow(out, PRIOR_ROW, prior);
    likelihood.keySet().stream().sorted().forEach(f -> appendRow(out, f, likelihood.get(f)));
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String name, double[] values) {
    out.append(name);
    for (double v : values) {
      out.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
    }
    out.append('\n');
  }

  private static double[] numbers(String[] row) {
    return Arrays.stream(row, 1, row.length).mapToDouble(Double::parseDouble).toArray();
  }
}
