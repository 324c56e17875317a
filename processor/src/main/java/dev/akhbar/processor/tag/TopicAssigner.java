package dev.akhbar.processor.tag;

import dev.akhbar.common.record.TopicTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Gives a story its topics: the classifier's score for every topic, raised to at least {@link
 * #SECTION_SCORE} for the topic of the outlet's section when that is known. Topics scoring at least
 * {@link #MIN_SCORE} are kept, best first, at most {@link #MAX_TOPICS}; the best one is always kept
 * when the text says anything the model knows.
 */
final class TopicAssigner {

  /** The least score a topic needs, besides the best one, to be reported. */
  static final double MIN_SCORE = 0.25;

  /** The most topics reported for one story. */
  static final int MAX_TOPICS = 3;

  /** The score an outlet's own section gives its topic. */
  static final double SECTION_SCORE = 0.9;

  /** The title's words count this many times: a headline says what the story is about. */
  static final int TITLE_WEIGHT = 3;

  private final TopicModel model;
  private final SectionTopics sections;

  TopicAssigner(TopicModel model, SectionTopics sections) {
    this.model = model;
    this.sections = sections;
  }

  /** Topics of a story whose first part is its title when there are two parts. */
  List<TopicTag> assign(List<TokenFacts> parts, String section, String url, String sourceId) {
    Topic[] topics = model.topics();
    double[] sum = new double[topics.length];
    int known = 0;
    for (TokenFacts facts : parts) {
      int weight = parts.size() > 1 && facts.part == Tagger.TITLE ? TITLE_WEIGHT : 1;
      for (WordFacts word : facts.words) {
        known += TopicModel.add(sum, word.topicLogs, weight);
      }
    }
    double[] scores = model.score(sum, known);
    Optional<Topic> filed = sections.find(section, url, sourceId);
    record Scored(Topic topic, double score) {}
    List<Scored> ranked = new ArrayList<>();
    for (int k = 0; k < topics.length; k++) {
      double score = scores[k];
      if (filed.isPresent() && filed.get() == topics[k]) {
        score = Math.max(score, SECTION_SCORE);
      }
      if (score > 0) {
        ranked.add(new Scored(topics[k], score));
      }
    }
    ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
    List<TopicTag> out = new ArrayList<>();
    for (Scored s : ranked) {
      if (out.size() == MAX_TOPICS || (!out.isEmpty() && s.score() < MIN_SCORE)) {
        break;
      }
      out.add(
          new TopicTag(
              s.topic().code(), s.topic().labelAr(), s.topic().labelEn(), round(s.score())));
    }
    return out;
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
